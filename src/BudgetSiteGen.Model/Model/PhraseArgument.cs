namespace BudgetSiteGen.Model;

/// <summary>
/// One named argument of a <see cref="Phrase"/>, typed so that the language that says it formats it: a string
/// converts to data text (shown as printed), a decimal to an amount, an int to a count, a phrase to its words.
/// </summary>
public sealed record PhraseArgument(PhraseArgumentKind Kind, string Name, string? Text, decimal Number, Phrase? Inner)
{
    public static implicit operator PhraseArgument(string text) => new(PhraseArgumentKind.Data, string.Empty, text, 0m, null);

    public static implicit operator PhraseArgument(decimal amount) => new(PhraseArgumentKind.Amount, string.Empty, null, amount, null);

    public static implicit operator PhraseArgument(int count) => new(PhraseArgumentKind.Count, string.Empty, null, count, null);

    public static implicit operator PhraseArgument(long count) => new(PhraseArgumentKind.Count, string.Empty, null, count, null);

    public static implicit operator PhraseArgument(Phrase phrase) => new(PhraseArgumentKind.Phrase, string.Empty, null, 0m, phrase);

    /// <summary>A difference, said with its sign (+0.10, -3).</summary>
    public static PhraseArgument Signed(decimal difference) => new(PhraseArgumentKind.SignedAmount, string.Empty, null, difference, null);

    public PhraseArgument Named(string name) => this with { Name = name };
}
