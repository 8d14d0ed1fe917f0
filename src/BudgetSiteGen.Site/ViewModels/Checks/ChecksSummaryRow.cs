namespace BudgetSiteGen.ViewModels.Checks;

public sealed record ChecksSummaryRow(string Jurisdiction, string Department, string Year, string Href, string Discrepancies, string Roundings)
{
    public string RulesRan { get; init; } = "0";

    public string RulesNotApplicable { get; init; } = "0";

    public string RulesCouldNotRun { get; init; } = "0";

    /// <summary>Marks a report on which some rule could not run.</summary>
    public bool HasUnchecked { get; init; }
}
