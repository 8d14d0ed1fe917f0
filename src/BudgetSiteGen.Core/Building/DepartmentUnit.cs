namespace BudgetSiteGen.Building;

/// <summary>
/// The unit a build renders at once: one department's files (every year and edition), keyed
/// "jurisdiction/slug". Everything a department's pages show comes from these files alone, so units can
/// be rendered in any order, on any machine, and skipped when their files have not changed.
/// </summary>
public sealed record DepartmentUnit(string Key, IReadOnlyList<string> Files)
{
    public string JurisdictionCode => Key[..Key.IndexOf('/', StringComparison.Ordinal)];
}
