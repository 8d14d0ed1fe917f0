using BudgetSiteGen.Model;

namespace BudgetSiteGen.Importing;

/// <summary>What the workbooks do not say about their report, given on the command line.</summary>
public sealed record ImportOptions(
    string Jurisdiction,
    string DepartmentName,
    string DepartmentKind,
    ReportKind Kind,
    int Year,
    MoneyUnit Unit)
{
    public string? DepartmentCode { get; init; }

    /// <summary>The report's printed title; when absent it is made from the department, year and kind.</summary>
    public string? Title { get; init; }

    public ImportLimits Limits { get; init; } = ImportLimits.Default;
}
