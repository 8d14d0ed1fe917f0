using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.PageKinds;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// The search documents of one department-year: what each page kind of <see cref="PageKindRegistry"/> gives the
/// index from the model (row names and codes, card and indicator names, the narrative, the glossary), under the
/// page's title and trail. The department builder adds the text each page renders (<see cref="PageContent"/>).
/// </summary>
public sealed class SearchDocumentBuilder(PageFactory pages)
{
    private const int ExcerptLength = 400;

    public IEnumerable<SearchDocument> Build(DepartmentYear year)
    {
        var jurisdiction = pages.Index.JurisdictionOf(year);
        var folder = SitePaths.DepartmentYearFolder(jurisdiction, year);
        var lineage = string.Join(" / ", pages.Index.Lineage(jurisdiction).Select(j => j.Name));
        var crumb = $"{lineage} / {year.Department.Name} / {pages.YearLabel(year)}";
        var context = new PageKindContext(pages, year, folder, new FindingAnchors(null, folder, pages.Text));
        return PageKindRegistry.All
            .Where(kind => kind.AppliesTo(year))
            .SelectMany(kind => kind.Search(context))
            .Select(entry => Document(entry, year, jurisdiction, crumb));
    }

    private static SearchDocument Document(SearchEntry entry, DepartmentYear year, Jurisdiction jurisdiction, string crumb)
    {
        var fields = entry.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => new SearchField(t.Text, WeightOf(t.Weight))).ToList();
        fields.Insert(0, new SearchField(entry.Title, FieldWeights.Title));
        fields.Insert(1, new SearchField(crumb, FieldWeights.Breadcrumb));
        var excerpt = string.Join(" ", fields.Skip(2).Select(f => f.Text.Replace('\n', ' ').Replace("**", string.Empty, StringComparison.Ordinal).Replace(" - ", " ", StringComparison.Ordinal)));
        return new SearchDocument(entry.Path, entry.Title, crumb, entry.Type, year.Report.Year, jurisdiction.Name, fields, entry.Codes.ToList(),
            excerpt.Length > ExcerptLength ? excerpt[..ExcerptLength] : excerpt, entry.Rank);
    }

    private static int WeightOf(SearchWeight weight) => weight switch
    {
        SearchWeight.Name => FieldWeights.Name,
        _ => FieldWeights.Body,
    };
}
