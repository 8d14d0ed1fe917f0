using BudgetSiteGen.Formatting;
using System.Globalization;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.Execution;
using BudgetSiteGen.ViewModels.Tables;

namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>Every page of one department-year: overview, profile, tables, narrative, cards, assets, glossary, source.</summary>
public sealed class DepartmentYearPages(PageFactory pages)
{
    /// <summary>Items 十一 and 十二 have pages of their own (国有资产, 其他说明); the narrative page points there.</summary>
    private static readonly Dictionary<string, (string MenuKey, Func<string, string> Path)> OwnPages = new(StringComparer.Ordinal)
    {
        ["assets"] = ("menu_assets", SitePaths.Assets),
        ["other"] = ("menu_other", SitePaths.OtherNotes),
    };

    private UiText Text => pages.Text;

    /// <summary>The byte sizes of the downloads already made, by site path; the downloads page gives the workbook's.</summary>
    public IReadOnlyDictionary<string, long> DownloadSizes { get; init; } = new Dictionary<string, long>();

    /// <param name="yearsComparison">The department's comparison of years this report is part of, if it has one.</param>
    /// <param name="paired">The department's other report of the same year: the budget a final account executed, or the final account of a budget.</param>
    public IEnumerable<PageJob> Build(DepartmentYear year, AuditReport? audit = null, string? folderOverride = null, string? yearsComparison = null,
        PairedReport? paired = null)
    {
        var jurisdiction = pages.Index.JurisdictionOf(year);
        var folder = folderOverride ?? SitePaths.DepartmentYearFolder(jurisdiction, year);
        var context = new Context(year, folder, new FindingAnchors(audit, folder, Text), yearsComparison) { Paired = paired };

        yield return Overview(context);
        yield return Simple(context, SitePaths.Profile(folder), "menu_profile", "profile", Profile(year));
        yield return TablesIndex(context);
        var tables = year.Tables.OrderBy(t => t.Number).ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            yield return Table(context, tables, i);
        }

        if (year.Report.Kind == ReportKind.FinalAccounts)
        {
            yield return new ExecutionPage(pages).Build(year, folder, paired);
        }

        yield return Narrative(context);
        yield return Assets(context);
        yield return Simple(context, SitePaths.OtherNotes(folder), "menu_other", "text",
            new TextContent(MarkdownText.ToHtml(year.Narrative.FirstOrDefault(n => n.Id == "other")?.Body)));
        yield return Glossary(context);
        yield return PerformanceIndex(context);
        if (year.Performance.DepartmentForm is { } form)
        {
            yield return new DepartmentFormPage(pages).Build(context.Year, context.Folder, form, context.Anchors);
        }

        foreach (var card in year.Performance.Cards)
        {
            yield return new CardPage(pages).Build(context.Year, context.Folder, card, context.Anchors);
        }

        yield return Simple(context, SitePaths.Source(folder), "menu_source", "source", Source(year));
        yield return new ChecksPage(pages).Build(year, folder, context.Anchors, audit);
        yield return new DisclosurePages.DisclosurePage(pages).Build(year, folder);
        yield return DownloadsPage(context);
    }

    /// <summary>Only the table pages (a preview of the figures, and the benchmark's page set).</summary>
    public IEnumerable<PageJob> Tables(DepartmentYear year, AuditReport? audit = null, string? folderOverride = null)
    {
        var folder = folderOverride ?? SitePaths.DepartmentYearFolder(pages.Index.JurisdictionOf(year), year);
        var context = new Context(year, folder, new FindingAnchors(audit, folder, Text), null);
        var tables = year.Tables.OrderBy(t => t.Number).ToList();
        return tables.Select((_, i) => Table(context, tables, i));
    }

    private PageJob DownloadsPage(Context c)
    {
        var path = SitePaths.Downloads(c.Folder);
        var files = new List<LinkItem> { new(Text.Get("download_json"), SitePaths.Relative(path, Publishing.Downloads.Json(c.Folder)), "JSON") };
        var workbook = Publishing.Downloads.Workbook(c.Folder);
        if (DownloadSizes.TryGetValue(workbook, out var size))
        {
            files.Add(new LinkItem(Text.Get("download_workbook"), SitePaths.Relative(path, workbook), Text.Format("download_workbook_note", FileSize.Text(Text, size))));
        }

        files.AddRange(c.Year.Tables.OrderBy(t => t.Number).Select(t => new LinkItem(t.FullTitle, SitePaths.Relative(path, Publishing.Downloads.Csv(c.Folder, t.Number)), "CSV")));
        var siteFiles = new List<LinkItem>
        {
            new(SitePaths.DataPackage, SitePaths.Relative(path, SitePaths.DataPackage), Text.Get("download_datapackage_note")),
            new(SitePaths.Manifest, SitePaths.Relative(path, SitePaths.Manifest), Text.Get("download_manifest_note")),
        };
        return Simple(c, path, "menu_downloads", "downloads", new DownloadsContent(files, siteFiles));
    }

    private sealed record Context(DepartmentYear Year, string Folder, FindingAnchors Anchors, string? YearsComparison)
    {
        public PairedReport? Paired { get; init; }
    }

    private PageJob Simple(Context c, string path, string menuKey, string template, object content, string? title = null)
    {
        var heading = title ?? Text.ForKind(menuKey, c.Year.Report.Kind);
        var model = pages.Page(path, heading, pages.DepartmentYearTrail(path, c.Year, c.Folder, heading), content,
            pages.Menu(path, c.Folder, c.Year, menuKey), pages.SourceNote(c.Year), c.Year, c.Anchors);
        return new PageJob(path, template, model);
    }

    private PageJob Overview(Context c)
    {
        var path = SitePaths.Overview(c.Folder);
        var (figures, charts) = new OverviewBuilder(pages).Build(c.Year, c.Folder, path);
        var kind = c.Year.Report.Kind;
        var sections = new List<LinkItem?>
        {
            new(Text.Get("menu_profile"), SitePaths.Relative(path, SitePaths.Profile(c.Folder))),
            new(Text.ForKind("menu_tables", kind), SitePaths.Relative(path, SitePaths.TablesIndex(c.Folder)), Text.Format("count_tables", Count(c.Year.Tables.Count))),
            ExecutionLink(c, path),
            new(Text.Get("menu_narrative"), SitePaths.Relative(path, SitePaths.Narrative(c.Folder)), Text.Format("count_items", Count(c.Year.Narrative.Count))),
            PageFactory.LacksPerformance(c.Year) ? null
                : new(Text.Get("menu_performance"), SitePaths.Relative(path, SitePaths.PerformanceIndex(c.Folder)), Text.Format("count_cards", Count(c.Year.Performance.Cards.Count))),
            new(Text.Get("menu_assets"), SitePaths.Relative(path, SitePaths.Assets(c.Folder))),
            new(Text.Get("menu_other"), SitePaths.Relative(path, SitePaths.OtherNotes(c.Folder))),
            new(Text.Get("menu_glossary"), SitePaths.Relative(path, SitePaths.Glossary(c.Folder)), Text.Format("count_terms", Count(c.Year.Glossary.Count))),
            new(Text.Get("menu_source"), SitePaths.Relative(path, SitePaths.Source(c.Folder))),
            new(Text.Get("menu_checks"), SitePaths.Relative(path, SitePaths.Checks(c.Folder)), ChecksNote(c.Anchors)),
        };
        var content = new OverviewContent(c.Year.Report.Title, figures, charts, sections.OfType<LinkItem>().ToList(), TableLinks(c, path)) 
        {
            TablesHeading = Text.ForKind("menu_tables", kind),
            Comparisons = new ComparisonPages(pages).For(c.Year.Department.KindId, c.Year.Report.Year, c.Year.Report.Kind, c.Year.Department.Name, c.YearsComparison, path),
            UnitNote = new OverviewBuilder(pages).UnitNote(c.Year),
        };
        var title = $"{c.Year.Department.Name} {pages.YearLabel(c.Year)}";
        var model = pages.Page(path, title, pages.DepartmentYearTrail(path, c.Year, c.Folder, null), content,
            pages.Menu(path, c.Folder, c.Year, "menu_overview"), pages.SourceNote(c.Year), c.Year);
        return new PageJob(path, "overview", model);
    }

    /// <summary>
    /// The 预算执行 page: a final account's own, or, from a budget, the page of the final account of the same year that
    /// pairs the two.
    /// </summary>
    private LinkItem? ExecutionLink(Context c, string fromPage)
    {
        if (c.Year.Report.Kind == ReportKind.FinalAccounts)
        {
            var note = c.Paired is { } budget ? Text.Format("execution_pairs_note", pages.YearLabel(budget.Year)) : null;
            return new LinkItem(Text.Get("menu_execution"), SitePaths.Relative(fromPage, SitePaths.Execution(c.Folder)), note);
        }

        return c.Paired is { Year.Report.Kind: ReportKind.FinalAccounts } final
            ? new LinkItem(Text.Get("menu_execution"), SitePaths.Relative(fromPage, SitePaths.Execution(final.Folder)),
                Text.Format("execution_pairs_note", pages.YearLabel(final.Year)))
            : null;
    }

    private List<LinkItem> TableLinks(Context c, string fromPage) =>
        c.Year.Tables.OrderBy(t => t.Number)
            .Select(t => new LinkItem(t.FullTitle, SitePaths.Relative(fromPage, SitePaths.Table(c.Folder, t.Number)), t.NoData ? Text.Get("no_data") : null))
            .ToList();

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private string ChecksNote(FindingAnchors anchors)
    {
        var discrepancies = anchors.Numbered.Count(f => f.Finding.Kind == FindingKind.Discrepancy);
        var roundings = anchors.Numbered.Count - discrepancies;
        return Text.Format("checks_count", Count(discrepancies), Count(roundings));
    }

    private ProfileContent Profile(DepartmentYear year)
    {
        var facts = new List<FactRow>();
        if (year.Overview.Staffing is { } staffing)
        {
            AddCount(facts, "staff_authorised", staffing.Authorised);
            AddCount(facts, "staff_active", staffing.Active);
            AddCount(facts, "staff_retired", staffing.Retired);
            facts.AddRange(staffing.Breakdown.Select(g => new FactRow(g.Label, g.Note is null ? Count(g.Count) : $"{Count(g.Count)}（{g.Note}）")));
        }

        return new ProfileContent(MarkdownText.ToHtml(year.Overview.Duties), MarkdownText.ToHtml(year.Overview.Organisation), facts)
        {
            Units = year.Units.Select(UnitRowOf).ToList(),
        };
    }

    private UnitRow UnitRowOf(SubordinateUnit unit)
    {
        var type = unit.Type is { } t ? Text.Get("unit_type_" + UnitTypeName(t)) : Text.Get("unit_not_stated");
        var budget = unit.OwnBudget switch
        {
            true => Text.Get("unit_own_budget"),
            false => Text.Get("unit_merged_budget"),
            null => Text.Get("unit_not_stated"),
        };
        return new UnitRow(unit.Name, type, budget, unit.Note);
    }

    /// <summary>The type as the data format writes it, which also keys its words in the theme.</summary>
    private static string UnitTypeName(UnitType type) => Validation.UnitsBinder.Types.First(pair => pair.Value == type).Key;

    private PageJob TablesIndex(Context c)
    {
        var path = SitePaths.TablesIndex(c.Folder);
        return Simple(c, path, "menu_tables", "tables", new TablesIndexContent(TableLinks(c, path)));
    }

    private PageJob Table(Context c, List<BudgetTable> tables, int index)
    {
        var table = tables[index];
        var path = SitePaths.Table(c.Folder, table.Number);
        LinkItem? Link(int i) => i >= 0 && i < tables.Count
            ? new LinkItem(tables[i].FullTitle, SitePaths.Relative(path, SitePaths.Table(c.Folder, tables[i].Number)))
            : null;
        var view = new TableViewBuilder(Text, key => c.Anchors.For(key, path)).Build(table, c.Year.Report.MoneyUnit);
        var content = new TablePageContent(view, Link(index - 1), Link(index + 1),
            new LinkItem(Text.ForKind("menu_tables", c.Year.Report.Kind), SitePaths.Relative(path, SitePaths.TablesIndex(c.Folder))),
            new LinkItem(Text.Get("download_table"), SitePaths.Relative(path, Publishing.Downloads.Csv(c.Folder, table.Number)), "CSV"));
        var title = table.FullTitle;
        var model = pages.Page(path, title, pages.DepartmentYearTrail(path, c.Year, c.Folder, title), content,
            pages.Menu(path, c.Folder, c.Year, "menu_tables"), pages.SourceNote(c.Year), c.Year, c.Anchors);
        return new PageJob(path, "table", model);
    }

    private PageJob Narrative(Context c)
    {
        var path = SitePaths.Narrative(c.Folder);
        var items = c.Year.Narrative.Select(item =>
        {
            var heading = item.Number is null ? item.Title : $"{item.Number}、{item.Title}";
            var markers = c.Anchors.For(item.Id, path);
            return OwnPages.TryGetValue(item.Id, out var own)
                ? new NarrativeSection(item.Id, heading, null, new LinkItem(Text.Get(own.MenuKey), SitePaths.Relative(path, own.Path(c.Folder))), markers)
                : new NarrativeSection(item.Id, heading, MarkdownText.ToHtml(item.Body), null, markers);
        }).ToList();
        var contents = items.Select(i => new LinkItem(i.Heading, "#" + i.Id)).ToList();
        return Simple(c, path, "menu_narrative", "narrative", new NarrativeContent(items, contents));
    }

    private PageJob Assets(Context c)
    {
        var facts = new List<FactRow>();
        var byUse = new List<FactRow>();
        var plannedFacts = new List<FactRow>();
        var plannedByUse = new List<FactRow>();
        string? asOf = null;
        if (c.Year.Assets is { } assets)
        {
            asOf = assets.AsOf is { } date ? Text.Format("as_of", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;
            if (assets.Vehicles is { } vehicles)
            {
                AddCount(facts, "vehicles_establishment", vehicles.Establishment);
                AddCount(facts, "vehicles_actual", vehicles.Actual);
                byUse.AddRange(vehicles.ByUse.Select(use => new FactRow(use.Label ?? Text.Get("vehicle_use_" + use.Key), Count(use.Count))));
            }

            if (assets.FloorAreaSquareMetres is { } area)
            {
                facts.Add(new FactRow(Text.Get("floor_area"), AmountText.Format(area) + " " + Text.Get("square_metres")));
            }

            AddCount(facts, "equipment_over_500k", assets.Equipment?.Over500Thousand);
            AddCount(facts, "equipment_over_1m", assets.Equipment?.OverOneMillion);
            if (assets.Planned is { } planned)
            {
                AddCount(plannedFacts, "planned_vehicles", planned.Vehicles);
                plannedByUse.AddRange(planned.VehiclesByUse.Select(use => new FactRow(use.Label ?? Text.Get("vehicle_use_" + use.Key), Count(use.Count))));
                AddCount(plannedFacts, "equipment_over_500k", planned.Equipment?.Over500Thousand);
                AddCount(plannedFacts, "equipment_over_1m", planned.Equipment?.OverOneMillion);
            }
        }

        var text = MarkdownText.ToHtml(c.Year.Narrative.FirstOrDefault(n => n.Id == "assets")?.Body);
        return Simple(c, SitePaths.Assets(c.Folder), "menu_assets", "assets", new AssetsContent(asOf, facts, byUse, text)
        {
            Planned = plannedFacts,
            PlannedByUse = plannedByUse,
        });
    }

    private void AddCount(List<FactRow> facts, string key, int? value)
    {
        if (value is { } v)
        {
            facts.Add(new FactRow(Text.Get(key), Count(v)));
        }
    }

    private PageJob Glossary(Context c)
    {
        var terms = c.Year.Glossary.Select((t, i) => new GlossaryEntry(
            string.Create(CultureInfo.InvariantCulture, $"term-{i + 1}"), t.Term, MarkdownText.ToHtml(t.Definition) ?? new HtmlFragment(string.Empty))).ToList();
        return Simple(c, SitePaths.Glossary(c.Folder), "menu_glossary", "glossary", new GlossaryContent(terms));
    }

    private PageJob PerformanceIndex(Context c)
    {
        var path = SitePaths.PerformanceIndex(c.Folder);
        var form = c.Year.Performance.DepartmentForm is { } f
            ? new LinkItem(f.Title, SitePaths.Relative(path, SitePaths.DepartmentForm(c.Folder)))
            : null;
        var cards = c.Year.Performance.Cards.Select(card => new CardSummary(
            card.Name,
            SitePaths.Relative(path, SitePaths.Card(c.Folder, card.Id)),
            AmountText.Format(card.YearFunds.Total),
            card.Attribute)).ToList();
        var total = c.Year.Performance.Cards.Sum(card => card.YearFunds.Total ?? 0m);
        return Simple(c, path, "menu_performance", "performance", new PerformanceIndexContent(form, cards,
            cards.Count > 0 ? AmountText.Format(total) : null, cards.Count));
    }

    private SourceContent Source(DepartmentYear year)
    {
        var citation = new List<FactRow>();
        if (year.Source is { } source)
        {
            citation.Add(new FactRow(Text.Get("source_title"), source.Title));
            citation.Add(new FactRow(Text.Get("source_publisher"), source.Publisher));
            if (source.Published is { } published)
            {
                citation.Add(new FactRow(Text.Get("source_published"), published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            if (source.Url is { } url)
            {
                citation.Add(new FactRow(Text.Get("source_url"), url));
            }

            if (source.Sha256 is { } sha256)
            {
                citation.Add(new FactRow(Text.Get("source_sha256"), sha256));
            }

            if (source.Document is { } document)
            {
                citation.Add(new FactRow(Text.Get("source_document"), document));
            }
        }

        var fixes = year.Fixes.Select(f => new FixRow(f.Location, f.Printed, f.Recorded, f.Reason)).ToList();
        return new SourceContent(citation, MarkdownText.ToHtml(year.Source?.Notes), fixes);
    }
}
