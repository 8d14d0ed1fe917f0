using System.Text;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.SetAside;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// The data package's resources, set aside on disk as departments are built: with a Table Schema each, they
/// are about 1.5 KB a CSV, which at a portal's size (150,000 CSVs) would be the largest thing a build holds.
/// Only each resource's path and place in the file stay in memory, to write them in path order at the end.
/// </summary>
/// <remarks>The file lives in the staging folder (a failed build removes it) and is deleted once the package is written.</remarks>
public sealed class DataPackageResources(string path) : IDisposable
{
    /// <summary>The file's name in the staging folder; not a name a site's page can have.</summary>
    public const string FileName = ".datapackage-resources.tmp";

    private readonly List<(string Path, long Offset, int Length)> _entries = [];
    private readonly ScratchFile _file = new(path);

    public int Count => _entries.Count;

    /// <summary>Sets the summary's resources aside and returns it without them.</summary>
    public DepartmentYearSummary Take(DepartmentYearSummary summary)
    {
        if (summary.Resources.Count == 0)
        {
            return summary;
        }

        foreach (var resource in summary.Resources)
        {
            var bytes = Encoding.UTF8.GetBytes(resource);
            _entries.Add((DataPackage.PathOf(resource), _file.Append(bytes), bytes.Length));
        }

        return summary with { Resources = [] };
    }

    /// <summary>The resources in path order, each as the UTF-8 of its JSON.</summary>
    public IEnumerable<byte[]> InPathOrder()
    {
        foreach (var (_, offset, length) in _entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            yield return _file.Read(offset, length);
        }
    }

    /// <summary>Deletes the file, if one was made; called once the package is written, before the site is published.</summary>
    public void Dispose() => _file.Dispose();
}
