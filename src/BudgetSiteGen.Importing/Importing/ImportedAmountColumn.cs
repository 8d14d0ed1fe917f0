namespace BudgetSiteGen.Importing;

/// <summary>A column of figures read from a sheet's header, with the role (and item) its header means in the layout.</summary>
public sealed record ImportedAmountColumn(string Label, IReadOnlyList<string> Groups, string RoleName, string? ItemName, int SheetColumn);
