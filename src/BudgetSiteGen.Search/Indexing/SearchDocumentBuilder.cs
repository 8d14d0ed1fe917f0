using System.Globalization;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// The search documents of one department-year, built from the model (not from rendered HTML): every
/// page's title, breadcrumb and headings, table row names and codes, card and indicator names, the
/// narrative and the glossary. Paths and titles are those of the pages the site renders.
/// </summary>
public sealed class SearchDocumentBuilder(PageFactory pages)
{
    private const int GlossaryRank = 30;
    private const int ExcerptLength = 400;

    private UiText Text => pages.Text;

    public IEnumerable<SearchDocument> Build(DepartmentYear year)
    {
        var jurisdiction = pages.Index.JurisdictionOf(year);
        var folder = SitePaths.DepartmentYearFolder(jurisdiction, year);
        var lineage = string.Join(" / ", pages.Index.Lineage(jurisdiction).Select(j => j.Name));
        var crumb = $"{lineage} / {year.Department.Name} / {pages.YearLabel(year)}";
        SearchDocument Doc(string path, string title, string type, IEnumerable<SearchField> fields, IEnumerable<string>? codes = null, int rank = 100)
        {
            var all = fields.Where(f => !string.IsNullOrWhiteSpace(f.Text)).ToList();
            all.Insert(0, new SearchField(title, FieldWeights.Title));
            all.Insert(1, new SearchField(crumb, FieldWeights.Breadcrumb));
            var excerpt = string.Join(" ", all.Skip(2).Select(f => f.Text.Replace('\n', ' ').Replace("**", string.Empty, StringComparison.Ordinal).Replace(" - ", " ", StringComparison.Ordinal)));
            return new SearchDocument(path, title, crumb, type, year.Report.Year, jurisdiction.Name, all, (codes ?? []).ToList(),
                excerpt.Length > ExcerptLength ? excerpt[..ExcerptLength] : excerpt, rank);
        }

        yield return Doc(SitePaths.Overview(folder), $"{year.Department.Name} {pages.YearLabel(year)}", "overview",
            [new(year.Report.Title, FieldWeights.Name), new(string.Join(" ", year.Tables.Select(t => t.FullTitle)), FieldWeights.Body)]);
        yield return Doc(SitePaths.Profile(folder), Text.Get("menu_profile"), "other",
            [new(year.Overview.Duties ?? string.Empty, FieldWeights.Body), new(year.Overview.Organisation ?? string.Empty, FieldWeights.Body)]);
        foreach (var table in year.Tables)
        {
            var rows = table.AllRows.ToList();
            var columns = table.Sections.SelectMany(s => s.Columns.Select(c => c.Label).Concat(s.Stub.Select(c => c.Label)));
            var rowText = string.Join(" ", rows.Select(r => r.Code is { } code ? $"{code} {r.Name}" : r.Name));
            yield return Doc(SitePaths.Table(folder, table.Number), table.FullTitle, "table",
                [new(rowText, FieldWeights.Name), new(string.Join(" ", columns.Distinct()), FieldWeights.Body), new(table.Note ?? string.Empty, FieldWeights.Body)],
                rows.Where(r => r.Code is not null).Select(r => r.Code!.Value.Value));
        }

        if (year.Report.Kind == ReportKind.FinalAccounts)
        {
            yield return Doc(SitePaths.Execution(folder), Text.Get("menu_execution"), "other",
                [new(Text.Get("execution_intro"), FieldWeights.Body), new(Text.Get("execution_paired_heading"), FieldWeights.Body)]);
        }

        var narrative = year.Narrative.Where(n => n.Id is not "assets" and not "other").ToList();
        yield return Doc(SitePaths.Narrative(folder), Text.Get("menu_narrative"), "narrative",
            narrative.Select(n => new SearchField(n.Title, FieldWeights.Name)).Concat(narrative.Select(n => new SearchField(n.Body, FieldWeights.Body))));
        yield return Doc(SitePaths.Assets(folder), Text.Get("menu_assets"), "other",
            [new(year.Narrative.FirstOrDefault(n => n.Id == "assets")?.Body ?? string.Empty, FieldWeights.Body)]);
        yield return Doc(SitePaths.OtherNotes(folder), Text.Get("menu_other"), "other",
            [new(year.Narrative.FirstOrDefault(n => n.Id == "other")?.Body ?? string.Empty, FieldWeights.Body)]);
        yield return Doc(SitePaths.Glossary(folder), Text.Get("menu_glossary"), "glossary",
            year.Glossary.Select(g => new SearchField(g.Term, FieldWeights.Name)).Concat(year.Glossary.Select(g => new SearchField(g.Definition, FieldWeights.Body))),
            rank: GlossaryRank);
        yield return Doc(SitePaths.PerformanceIndex(folder), Text.Get("menu_performance"), "performance",
            [new(string.Join(" ", year.Performance.Cards.Select(c => c.Name)), FieldWeights.Body)]);
        if (year.Performance.DepartmentForm is { } form)
        {
            yield return Doc(SitePaths.DepartmentForm(folder), Text.Get("department_form"), "performance",
                [new(string.Join(" ", form.Indicators.Select(i => i.Name)), FieldWeights.Name), new(form.Duties ?? string.Empty, FieldWeights.Body),
                 new(form.StrategicGoals ?? string.Empty, FieldWeights.Body), new(form.AnnualGoals ?? string.Empty, FieldWeights.Body)]);
        }

        foreach (var card in year.Performance.Cards)
        {
            var indicators = card.PeriodIndicators.Concat(card.YearIndicators).Select(i => i.Name).Distinct();
            yield return Doc(SitePaths.Card(folder, card.Id), card.Name, "performance",
                [new(string.Join(" ", indicators), FieldWeights.Name), new(card.Overview ?? string.Empty, FieldWeights.Body), new(card.Basis ?? string.Empty, FieldWeights.Body),
                 new(card.Plan ?? string.Empty, FieldWeights.Body), new(card.PeriodGoal ?? string.Empty, FieldWeights.Body)]);
        }

        yield return Doc(SitePaths.Source(folder), Text.Get("menu_source"), "other",
            [new(year.Source?.Title ?? string.Empty, FieldWeights.Body), new(string.Join(" ", year.Fixes.Select(f => f.Recorded)), FieldWeights.Body)]);
    }


    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
