using BudgetSiteGen.Model;

namespace BudgetSiteGen.Exporting;

/// <summary>
/// A column of one block of a table as printed: a label column (<see cref="Field"/>) or an amount column
/// (<see cref="Amount"/>, its index in the section's values), with the spanning headers above it.
/// </summary>
public sealed record SheetColumn(string Label, IReadOnlyList<string> Groups, StubField? Field, int Amount);
