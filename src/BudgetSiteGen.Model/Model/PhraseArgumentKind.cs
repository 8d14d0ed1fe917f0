namespace BudgetSiteGen.Model;

/// <summary>How a phrase's argument is said: data text as printed, an amount, a signed difference, a count, or a phrase.</summary>
public enum PhraseArgumentKind
{
    Data,
    Amount,
    SignedAmount,
    Count,
    Phrase,
}
