using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The department's other report of the same year (its budget beside its final accounts), and where it is published.</summary>
public sealed record PairedReport(DepartmentYear Year, string Folder);
