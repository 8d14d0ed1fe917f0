namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>The 数据核对 page of a department-year.</summary>
public sealed record ChecksContent(string Summary, IReadOnlyList<RuleGroupView> Discrepancies, IReadOnlyList<RuleGroupView> Roundings, string RulesCount)
{
    /// <summary>One line saying how many rules ran, did not apply, or could not run.</summary>
    public string? CoverageSummary { get; init; }

    /// <summary>Said at the top when some rule could not run, so an unchecked report never reads as a clean one.</summary>
    public string? CouldNotRunWarning { get; init; }

    public IReadOnlyList<CoverageRow> Coverage { get; init; } = [];

    /// <summary>What rounding means for this report, in the steps its tables are printed to (0.01万元, 0.01元 …).</summary>
    public string RoundingNote { get; init; } = string.Empty;
}
