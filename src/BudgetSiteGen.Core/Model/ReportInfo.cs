namespace BudgetSiteGen.Model;

/// <summary>What the report is. <see cref="Layout"/> names the table layout it follows (see docs/layouts.md), when given.</summary>
public sealed record ReportInfo(ReportKind Kind, int Year, string Title, MoneyUnit MoneyUnit, int Edition)
{
    public string? Layout { get; init; }
}
