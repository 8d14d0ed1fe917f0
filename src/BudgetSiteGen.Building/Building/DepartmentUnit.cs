namespace BudgetSiteGen.Building;

/// <summary>
/// The unit a build renders at once: one department's files (every year and edition), keyed
/// "jurisdiction/slug". Everything a department's pages show comes from these files alone, so units can
/// be rendered in any order, on any machine, and skipped when their files have not changed.
/// <see cref="FileHashes"/> are the SHA-256 (hex) of the files' bytes when they were grouped.
/// </summary>
public sealed record DepartmentUnit(string Key, IReadOnlyList<string> Files, IReadOnlyList<string> FileHashes)
{
    public string JurisdictionCode => Key[..Key.IndexOf('/', StringComparison.Ordinal)];
}
