namespace BudgetSiteGen.Model;

/// <summary>
/// A column of figures. <see cref="Groups"/> are the spanning headers above it, outermost first;
/// <see cref="RoleName"/> keeps the written role, which matters for 'x-' custom roles.
/// </summary>
public sealed record AmountColumn(string Label, FigureRole Role, string RoleName, IReadOnlyList<string> Groups);
