using System.Security.Cryptography;
using System.Text;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Building;

/// <summary>
/// Fingerprints of what a build reads besides the reports: this program, the theme and the shared content
/// files. A department's pages depend on exactly these and its own files, which is what caching keys on.
/// </summary>
public static class BuildInputs
{
    private static readonly string[] SharedFiles = ["site", "jurisdictions", "department-kinds", "indicator-names"];

    public static string Fingerprint(string contentFolder, string themeFingerprint, PageSelection selection)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{ProgramVersion.Full}\n{themeFingerprint}\n{selection}\n"));
        var shared = SharedFiles.SelectMany(name => new[] { ".yaml", ".yml", ".json" }.Select(ext => Path.Combine(contentFolder, name + ext))).Where(File.Exists);
        foreach (var file in shared.Concat(LayoutLibrary.SiteLayoutFiles(contentFolder)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(contentFolder, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A department's cache key: the build's fingerprint and the name and bytes of each of its files.</summary>
    public static string Of(DepartmentUnit unit, string buildFingerprint, string contentFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(buildFingerprint + "\n" + unit.Key + "\n"));
        for (var i = 0; i < unit.Files.Count; i++)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(contentFolder, unit.Files[i]).Replace('\\', '/') + "\n"));
            hash.AppendData(Convert.FromHexString(unit.FileHashes[i]));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
