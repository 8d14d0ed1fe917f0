using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Building;

/// <summary>Groups the report files into departments, in department order ("jurisdiction/slug", ordinal).</summary>
public static class DepartmentUnits
{
    public static List<DepartmentUnit> Plan(IReadOnlyList<string> files)
    {
        var keys = new string[files.Count];
        Parallel.For(0, files.Count, i => keys[i] = DepartmentKeyReader.Read(files[i]) ?? "?/" + files[i]);
        return files.Select((file, i) => (File: file, Key: keys[i]))
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentUnit(g.Key, g.Select(f => f.File).ToList()))
            .ToList();
    }
}
