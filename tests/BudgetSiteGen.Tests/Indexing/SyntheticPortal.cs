using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Indexing;

/// <summary>
/// A synthetic portal of three hundred department-years (a hundred counties), built once for the tests that
/// need a portal of some size, with the text of every page the search covers.
/// </summary>
public sealed class SyntheticPortal : IDisposable
{
    public const string Name = "synthetic portal";

    private readonly SyntheticSite _site = new(300);

    public SyntheticPortal()
    {
        Output = _site.Folder("site");
        Assert.True(SiteBuilder.Build(new BuildOptions(_site.Content, Output, Repository.Themes), SilentProgress.Instance).Succeeded);
        Search = new PublishedSearch(Output);
        var parser = new HtmlParser();
        // Jurisdiction pages are indexed by their name only (docs/search.md); every other page by what it shows.
        Pages = Enumerable.Range(0, Search.Documents).Select(Search.PathOf).Where(path => path.Count(c => c == '/') > 1)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(path => path, path => PageWords.Of(parser.ParseDocument(File.ReadAllText(Path.Combine(Output, path)))), StringComparer.Ordinal);
    }

    public string Output { get; }

    public PublishedSearch Search { get; }

    /// <summary>Every page the search has a document for, by address.</summary>
    public Dictionary<string, PageWords> Pages { get; }

    public void Dispose() => _site.Dispose();
}
