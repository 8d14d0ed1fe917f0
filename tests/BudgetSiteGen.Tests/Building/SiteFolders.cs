using System.Security.Cryptography;

namespace BudgetSiteGen.Tests.Building;

/// <summary>Every file of a built site by relative path, with its SHA-256, to compare two sites byte for byte.</summary>
public static class SiteFolders
{
    public static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
