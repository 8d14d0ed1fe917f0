namespace BudgetSiteGen.Model;

/// <summary>What the report is. <see cref="Layout"/> names the table layout it follows (see docs/layouts.md), when given.</summary>
public sealed record ReportInfo(ReportKind Kind, int Year, string Title, MoneyUnit MoneyUnit, int Edition)
{
    public string? Layout { get; init; }

    /// <summary>When the finance bureau approved (批复) the report, where the data gives it; the disclosure checklist's timeliness item needs it.</summary>
    public DateOnly? Approved { get; init; }

    /// <summary>When the department made the report public, where the data gives it.</summary>
    public DateOnly? Published { get; init; }
}
