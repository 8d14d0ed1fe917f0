namespace BudgetSiteGen.Importing;

/// <summary>
/// A row read from a sheet: its code as printed (one part, or the 类/款/项 parts of split columns), name, class,
/// indentation level and figures; a null figure is a blank cell, which is not 0.
/// </summary>
public sealed record ImportedRow(IReadOnlyList<string> CodeParts, string? Name, string? Class, int Level, IReadOnlyList<decimal?> Values)
{
    public string? Code => CodeParts.Count == 0 ? null : string.Concat(CodeParts);
}
