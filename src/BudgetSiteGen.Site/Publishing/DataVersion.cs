using System.Security.Cryptography;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// The version of the data a page shows: the first twelve hex digits of the SHA-256 of its content file
/// (or, for site pages, of all content files' hashes). It changes exactly when the data changes, and never
/// with the time of the build, so rebuilding the same content gives the same bytes.
/// </summary>
public static class DataVersion
{
    public static string OfFile(string path) => Short(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The version of a file whose SHA-256 (hex) is known.</summary>
    public static string OfHash(string sha256) => sha256[..12].ToLowerInvariant();

    public static string OfAll(IEnumerable<string> versions) =>
        Short(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', versions.Order(StringComparer.Ordinal)))));

    /// <summary>The version the site's own pages cite: of every department-year's version together.</summary>
    public static string OfSite(Model.ContentSet content) => OfAll(content.DepartmentYears.Select(y => OfFile(y.SourceFile)));

    private static string Short(byte[] hash) => Convert.ToHexStringLower(hash)[..12];
}
