namespace BudgetSiteGen.Building;

/// <summary>
/// The pages a build wrote: always how many, and their paths only when sitemap.xml needs them (a site with a
/// base address), since a portal has hundreds of thousands and nothing else reads them.
/// </summary>
public sealed class PageList(bool keepPaths)
{
    private readonly List<string> _paths = [];

    public int Count { get; private set; }

    public IReadOnlyList<string> Paths => _paths;

    public void Add(string path)
    {
        Count++;
        if (keepPaths)
        {
            _paths.Add(path);
        }
    }

    public void AddRange(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            Add(path);
        }
    }
}
