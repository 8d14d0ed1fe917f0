using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Tests.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Indexing;

/// <summary>
/// The search finds every page that has all the words of a query, however common the words are: on a synthetic
/// portal of a few hundred department-years, the results of the search page's own evaluation over the published
/// index equal the pages whose text, read from the built HTML, contains every word.
/// </summary>
public sealed class ExactSearchTests : IClassFixture<ExactSearchTests.Portal>
{
    private readonly Portal _portal;

    public ExactSearchTests(Portal portal) => _portal = portal;

    [Theory]
    [InlineData("三公经费")]
    [InlineData("三公 经费")]
    [InlineData("机关运行经费")]
    [InlineData("项目支出")]
    [InlineData("一般公共预算")]
    [InlineData("残疾人")]
    [InlineData("残疾儿童 康复")]
    public void A_common_query_finds_exactly_the_pages_whose_text_has_every_word(string query)
    {
        var found = _portal.Search.Query(query).Select(_portal.Search.PathOf).ToHashSet(StringComparer.Ordinal);
        var words = query.Split(' ').Select(PageWords.Normal).ToList();
        var expected = _portal.Pages.Where(p => words.All(p.Value.Text.Contains)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(expected.Count > 300, $"only {expected.Count} pages have {query}: the portal is too small to tell");
        Assert.Empty(expected.Except(found).Take(5));
        Assert.Empty(found.Except(expected).Take(5));
    }

    [Theory]
    [InlineData("2081104")]
    [InlineData("208")]
    public void A_code_finds_exactly_the_pages_with_a_classification_code_that_begins_with_it(string code)
    {
        var found = _portal.Search.Query(code).Select(_portal.Search.PathOf).ToHashSet(StringComparer.Ordinal);
        var expected = _portal.Pages.Where(p => p.Value.Codes.Any(c => c.StartsWith(code, StringComparison.Ordinal))).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(expected.Count > 100, $"only {expected.Count} pages have {code}");
        Assert.Empty(expected.Except(found).Take(5));
        Assert.Empty(found.Except(expected).Take(5));
    }

    [Fact]
    public void The_best_match_comes_first_a_page_with_the_words_in_its_title()
    {
        var results = _portal.Search.Query("三公经费");

        Assert.Contains("三公", _portal.Search.TitleOf(results[0]), StringComparison.Ordinal);
    }

    /// <summary>A synthetic portal built once for the class, and the text of every page the search covers.</summary>
    public sealed class Portal : IDisposable
    {
        private readonly SyntheticSite _site = new(300);

        public Portal()
        {
            var output = _site.Folder("site");
            Assert.True(SiteBuilder.Build(new BuildOptions(_site.Content, output, Repository.Themes), SilentProgress.Instance).Succeeded);
            Search = new PublishedSearch(output);
            var parser = new HtmlParser();
            // Jurisdiction pages are indexed by their name only (docs/search.md); every other page by what it shows.
            Pages = Enumerable.Range(0, Search.Documents).Select(Search.PathOf).Where(path => path.Count(c => c == '/') > 1)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(path => path, path => PageWords.Of(parser.ParseDocument(File.ReadAllText(Path.Combine(output, path)))), StringComparer.Ordinal);
        }

        public PublishedSearch Search { get; }

        /// <summary>Every page the search has a document for, by address.</summary>
        public Dictionary<string, PageWords> Pages { get; }

        public void Dispose() => _site.Dispose();
    }
}
