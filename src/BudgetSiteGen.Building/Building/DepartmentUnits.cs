using System.Security.Cryptography;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Validation;

namespace BudgetSiteGen.Building;

/// <summary>
/// Groups the report files into departments, in department order ("jurisdiction/slug", ordinal). Each file is
/// read once here, for its department and for the SHA-256 that its data version and the build cache use.
/// </summary>
public static class DepartmentUnits
{
    /// <summary>The key of a file that belongs to no department because it does not load; its unit fails with the file's diagnostics.</summary>
    public const string Unloadable = "?";

    public static List<DepartmentUnit> Plan(IReadOnlyList<string> files, ReferenceLists references)
    {
        var read = new (string Key, string Hash)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (bytes, _) = BoundedFile.Read(files[i], ContentFileReader.MaxFileBytes);
            read[i] = bytes is null
                ? (Unloadable + "/" + files[i], string.Empty) // Loading the file reports why it cannot be read.
                : (DepartmentKeyReader.Read(files[i], bytes) ?? KeyFromFullLoad(files[i], bytes, references), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        });
        return files.Select((file, i) => (File: file, read[i].Key, read[i].Hash))
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentUnit(g.Key, g.Select(f => f.File).ToList(), g.Select(f => f.Hash).ToList()))
            .ToList();
    }

    /// <summary>
    /// The department of a file the quick read could not place, from loading it in full as its unit will: a file
    /// that loads is built with its department, and one that does not gets a unit of its own that reports why.
    /// </summary>
    private static string KeyFromFullLoad(string file, byte[] bytes, ReferenceLists references)
    {
        var display = ContentLoader.Display(file);
        var parsed = ContentFileReader.Parse(bytes, display, ContentFileReader.IsJson(file));
        var year = parsed.Root is null ? null : new DepartmentYearBinder(parsed.Sink, references).Bind(parsed.Root, display);
        return year is null ? Unloadable + "/" + file : DepartmentKeyReader.Key(year.JurisdictionCode, year.Department.Slug);
    }
}
