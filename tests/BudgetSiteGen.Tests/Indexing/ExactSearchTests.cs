
namespace BudgetSiteGen.Tests.Indexing;

/// <summary>
/// The search finds every page that has all the words of a query, however common the words are: on a synthetic
/// portal of a few hundred department-years, the results of the search page's own evaluation over the published
/// index equal the pages whose text, read from the built HTML, contains every word.
/// </summary>
[Collection(SyntheticPortal.Name)]
public sealed class ExactSearchTests
{
    private readonly SyntheticPortal _portal;

    public ExactSearchTests(SyntheticPortal portal) => _portal = portal;

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
}
