namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>A jurisdiction's line on a checks overview split by jurisdiction: its reports' findings added up, and the link to its page.</summary>
public sealed record ChecksPartRow(string Name, string Href, string Reports, string Discrepancies, string Roundings)
{
    public string RulesRan { get; init; } = "0";

    public string RulesNotApplicable { get; init; } = "0";

    public string RulesCouldNotRun { get; init; } = "0";

    public bool HasUnchecked { get; init; }
}
