using System.Security.Cryptography;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Building;

/// <summary>
/// Groups the report files into departments, in department order ("jurisdiction/slug", ordinal). Each file is
/// read once here, for its department and for the SHA-256 that its data version and the build cache use.
/// </summary>
public static class DepartmentUnits
{
    public static List<DepartmentUnit> Plan(IReadOnlyList<string> files)
    {
        var read = new (string Key, string Hash)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(files[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Loading the file reports why it cannot be read.
                read[i] = ("?/" + files[i], string.Empty);
                return;
            }

            read[i] = (DepartmentKeyReader.Read(files[i], bytes) ?? "?/" + files[i], Convert.ToHexStringLower(SHA256.HashData(bytes)));
        });
        return files.Select((file, i) => (File: file, read[i].Key, read[i].Hash))
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentUnit(g.Key, g.Select(f => f.File).ToList(), g.Select(f => f.Hash).ToList()))
            .ToList();
    }
}
