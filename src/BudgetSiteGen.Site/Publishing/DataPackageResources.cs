using System.Text;
using BudgetSiteGen.ViewModels;

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
    private FileStream? _file;

    public int Count => _entries.Count;

    /// <summary>Sets the summary's resources aside and returns it without them.</summary>
    public DepartmentYearSummary Take(DepartmentYearSummary summary)
    {
        if (summary.Resources.Count == 0)
        {
            return summary;
        }

        _file ??= Open();
        foreach (var resource in summary.Resources)
        {
            var bytes = Encoding.UTF8.GetBytes(resource);
            _entries.Add((DataPackage.PathOf(resource), _file.Position, bytes.Length));
            _file.Write(bytes);
        }

        return summary with { Resources = [] };
    }

    /// <summary>The resources in path order, each as the UTF-8 of its JSON.</summary>
    public IEnumerable<byte[]> InPathOrder()
    {
        if (_file is null)
        {
            yield break;
        }

        _file.Flush();
        foreach (var (_, offset, length) in _entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var bytes = new byte[length];
            _file.Position = offset;
            _file.ReadExactly(bytes);
            yield return bytes;
        }

        _file.Position = _file.Length;
    }

    /// <summary>Deletes the file, if one was made; called once the package is written, before the site is published.</summary>
    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose();
            _file = null;
            File.Delete(path);
        }
    }

    private FileStream Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }
}
