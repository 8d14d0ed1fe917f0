namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A unit the report covers, in words: its name, its type, whether it has a budget of its own, and the printed remark.</summary>
public sealed record UnitRow(string Name, string Type, string Budget, string? Note);
