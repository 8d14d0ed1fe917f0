using System.Text;
using BudgetSiteGen.Disclosure;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;
using CsvHelper;

namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>
/// Every current department-year against every checklist item, as a page and as CSV, from the summaries alone. Rows run
/// by jurisdiction code, department and newest year first, so both are the same bytes from the same content.
/// </summary>
public sealed class SiteDisclosure(PageFactory pages, IReadOnlyList<DepartmentYearSummary> years)
{
    private readonly List<DepartmentYearSummary> _rows = years
        .Where(y => !y.IsSuperseded)
        .OrderBy(y => y.JurisdictionCode, StringComparer.Ordinal)
        .ThenBy(y => y.DepartmentName, StringComparer.Ordinal)
        .ThenByDescending(y => y.Year)
        .ThenBy(y => y.Kind)
        .ToList();

    private UiText Text => pages.Text;

    private static IEnumerable<string> ItemIds => DisclosureChecklist.Items.Select(i => i.Id);

    public PageJob Page()
    {
        var path = SitePaths.AllDisclosure;
        var rows = _rows.Select(y => new SiteDisclosureRow(
            pages.Index.Jurisdiction(y.JurisdictionCode).Name, y.DepartmentName, y.YearLabel,
            SitePaths.Relative(path, SitePaths.Disclosure(y.Folder)),
            ItemIds.Select(id => OutcomeView.Of(OutcomeOf(y, id), Text)).ToList())).ToList();
        var legend = Enum.GetValues<DisclosureOutcome>().Select(o => OutcomeView.Of(o, Text)).ToList();
        var content = new SiteDisclosureContent(ItemIds.Select(id => DisclosureWords.Name(Text, id)).ToList(), rows,
            new LinkItem(Text.Get("site_disclosure_csv"), SitePaths.Relative(path, SitePaths.AllDisclosureCsv), "CSV"), legend);
        var title = Text.Get("site_disclosure_title");
        return new PageJob(path, "site-disclosure", pages.Page(path, title,
            [new Crumb(Text.Get("home"), SitePaths.Relative(path, SitePaths.Home)), new Crumb(title, null)], content));
    }

    /// <summary>The same table for spreadsheets: UTF-8 with a byte-order mark, one row per department-year, outcomes in words.</summary>
    public byte[] Csv()
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true))
        {
            foreach (var header in new[] { "csv_jurisdiction", "csv_department", "csv_year", "csv_page" }.Select(key => Text.Get("site_disclosure_" + key))
                .Concat(ItemIds.Select(id => DisclosureWords.Name(Text, id))))
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var year in _rows)
            {
                csv.WriteField(pages.Index.Jurisdiction(year.JurisdictionCode).Name);
                csv.WriteField(year.DepartmentName);
                csv.WriteField(year.YearLabel);
                csv.WriteField(SitePaths.Disclosure(year.Folder));
                foreach (var id in ItemIds)
                {
                    csv.WriteField(OutcomeView.Of(OutcomeOf(year, id), Text).Text);
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A summary read back from a cache written before an item existed has no outcome for it: unknown, never met.</summary>
    private static DisclosureOutcome OutcomeOf(DepartmentYearSummary year, string item) =>
        year.Disclosure.FirstOrDefault(m => m.Item == item)?.Outcome ?? DisclosureOutcome.Unknown;
}
