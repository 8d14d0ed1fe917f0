using System.Globalization;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>名词解释: the report's terms and their definitions.</summary>
public sealed class GlossaryKind : DepartmentYearPageKind
{
    /// <summary>A term's entry ranks below the pages that use the term.</summary>
    private const int SearchRank = 30;

    public override string MenuKey => "menu_glossary";

    public override string? Address(string folder) => SitePaths.Glossary(folder);

    protected override string? OverviewNote(PageKindContext c) => c.Text.Format("count_terms", Count(c.Year.Glossary.Count));

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        var terms = c.Year.Glossary.Select((t, i) => new GlossaryEntry(
            string.Create(CultureInfo.InvariantCulture, $"term-{i + 1}"), t.Term, MarkdownText.ToHtml(t.Definition) ?? new HtmlFragment(string.Empty))).ToList();
        yield return c.Page(SitePaths.Glossary(c.Folder), MenuKey, "glossary", new GlossaryContent(terms));
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
    [
        new(SitePaths.Glossary(c.Folder), c.Text.Get(MenuKey), "glossary",
            c.Year.Glossary.Select(g => new SearchText(g.Term, SearchWeight.Name)).Concat(c.Year.Glossary.Select(g => new SearchText(g.Definition, SearchWeight.Body))).ToList())
        {
            Rank = SearchRank,
        },
    ];
}
