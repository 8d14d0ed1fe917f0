namespace BudgetSiteGen.Model;

/// <summary>
/// Words for a reader, kept as a key of the theme's strings and its named arguments until a page (or the CLI)
/// says them in one language. The stages before the view models know what they mean to say, never in which
/// language: a finding, a rule's description or an edition change is a phrase, and the theme's strings file
/// holds its wording with {name} placeholders. Text from the data (a row's name, a quoted sentence) travels as
/// <see cref="Data"/>, shown as printed in every language.
/// </summary>
public sealed class Phrase
{
    private Phrase(string? key, string? data, IReadOnlyList<PhraseArgument> arguments)
    {
        Key = key;
        DataText = data;
        Arguments = arguments;
    }

    /// <summary>The key of the theme's strings; null for text from the data.</summary>
    public string? Key { get; }

    /// <summary>Text from the data, shown as printed; null for a keyed phrase.</summary>
    public string? DataText { get; }

    public IReadOnlyList<PhraseArgument> Arguments { get; }

    public static Phrase Of(string key, params (string Name, PhraseArgument Value)[] arguments) =>
        new(key, null, arguments.Select(a => a.Value.Named(a.Name)).ToList());

    /// <summary>Text from the data: a name, a title or a sentence quoted as the report prints it.</summary>
    public static Phrase Data(string text) => new(null, text, []);

    /// <summary>A money unit as a unit label of the language (万元 reads "10k yuan" in English); another unit is data.</summary>
    public static Phrase Unit(string symbol) => WireNames.MoneyUnits.TryGetValue(symbol, out var unit) ? Unit(unit) : Data(symbol);

    public static Phrase Unit(MoneyUnit unit) => Of(unit switch
    {
        MoneyUnit.Yuan => "unit_yuan",
        MoneyUnit.ThousandYuan => "unit_thousand_yuan",
        MoneyUnit.TenThousandYuan => "unit_ten_thousand_yuan",
        _ => "unit_hundred_million_yuan",
    });

    /// <summary>A money unit named on its own, as in a column of units or "单位：万元".</summary>
    public static Phrase UnitName(MoneyUnit unit) => Of(unit switch
    {
        MoneyUnit.Yuan => "unit_name_yuan",
        MoneyUnit.ThousandYuan => "unit_name_thousand_yuan",
        MoneyUnit.TenThousandYuan => "unit_name_ten_thousand_yuan",
        _ => "unit_name_hundred_million_yuan",
    });

    /// <summary>Phrases said one after another, with the key <paramref name="separatorKey"/> between them.</summary>
    public static Phrase Join(string separatorKey, IEnumerable<Phrase> parts) =>
        new(null, null, parts.Select((p, i) => new PhraseArgument(PhraseArgumentKind.Phrase, i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, 0m, p)).ToList()) { Separator = separatorKey };

    /// <summary>For a joined phrase, the key said between its parts.</summary>
    public string? Separator { get; private init; }

    public override bool Equals(object? obj) =>
        obj is Phrase other && Key == other.Key && DataText == other.DataText && Separator == other.Separator && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Key, DataText, Separator, Arguments.Count);

    public override string ToString() => Key is null ? DataText ?? string.Empty : $"{Key}({string.Join(", ", Arguments.Select(a => a.Name))})";
}
