using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// One failed identity: where, what the identity expects there, what is printed, and the difference
/// (printed − expected), in <see cref="Unit"/>. <see cref="Also"/> lists the other places involved.
/// </summary>
public sealed record Finding(
    string RuleCode,
    FindingKind Kind,
    FindingLocation Location,
    Phrase Message,
    decimal? Expected,
    decimal? Printed,
    decimal? Difference,
    string Unit,
    IReadOnlyList<FindingLocation> Also);
