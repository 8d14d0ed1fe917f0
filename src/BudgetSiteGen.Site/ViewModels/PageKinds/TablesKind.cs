using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.ViewModels.Tables;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>预算公开表 (决算公开表): the list of the report's tables, then a page for each table as printed.</summary>
public sealed class TablesKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_tables";

    public override string? Address(string folder) => SitePaths.TablesIndex(folder);

    protected override string? OverviewNote(PageKindContext c) => c.Text.Format("count_tables", Count(c.Year.Tables.Count));

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        var index = SitePaths.TablesIndex(c.Folder);
        yield return c.Page(index, MenuKey, "tables", new TablesIndexContent(Links(c, index)));
        foreach (var table in TablePages(c))
        {
            yield return table;
        }
    }

    /// <summary>Only the pages of the tables (a preview of the figures, and the benchmark's page set).</summary>
    public IEnumerable<PageJob> TablePages(PageKindContext c)
    {
        var tables = c.Year.Tables.OrderBy(t => t.Number).ToList();
        return tables.Select((_, i) => Table(c, tables, i));
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) => c.Year.Tables.Select(table =>
    {
        var rows = table.AllRows.ToList();
        var columns = table.Sections.SelectMany(s => s.Columns.Select(col => col.Label).Concat(s.Stub.Select(col => col.Label)));
        var rowText = string.Join(" ", rows.Select(r => r.Code is { } code ? $"{code} {r.Name}" : r.Name));
        return new SearchEntry(SitePaths.Table(c.Folder, table.Number), table.FullTitle, "table",
            [new(rowText, SearchWeight.Name), new(string.Join(" ", columns.Distinct()), SearchWeight.Body), new(table.Note ?? string.Empty, SearchWeight.Body)])
        {
            Codes = rows.Where(r => r.Code is not null).Select(r => r.Code!.Value.Value).ToList(),
        };
    });

    /// <summary>A link to each table, marking the ones printed empty.</summary>
    public static List<LinkItem> Links(PageKindContext c, string fromPage) =>
        c.Year.Tables.OrderBy(t => t.Number)
            .Select(t => new LinkItem(t.FullTitle, c.Relative(fromPage, SitePaths.Table(c.Folder, t.Number)), t.NoData ? c.Text.Get("no_data") : null))
            .ToList();

    private static PageJob Table(PageKindContext c, List<BudgetTable> tables, int index)
    {
        var table = tables[index];
        var path = SitePaths.Table(c.Folder, table.Number);
        LinkItem? Link(int i) => i >= 0 && i < tables.Count
            ? new LinkItem(tables[i].FullTitle, c.Relative(path, SitePaths.Table(c.Folder, tables[i].Number)))
            : null;
        var view = new TableViewBuilder(c.Text, key => c.Anchors.For(key, path)).Build(table, c.Year.Report.MoneyUnit);
        var content = new TablePageContent(view, Link(index - 1), Link(index + 1),
            new LinkItem(c.Text.ForKind("menu_tables", c.Kind), c.Relative(path, SitePaths.TablesIndex(c.Folder))),
            new LinkItem(c.Text.Get("download_table"), c.Relative(path, Publishing.Downloads.Csv(c.Folder, table.Number)), "CSV"));
        return c.Page(path, "menu_tables", "table", content, table.FullTitle);
    }
}
