using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Turns the node tree of one department-year file into the model, reporting every problem it finds
/// rather than stopping at the first. Returns null when an error makes the file unusable.
/// </summary>
public sealed class DepartmentYearBinder
{
    private readonly Scalars _scalars;
    private readonly DiagnosticSink _sink;

    private readonly ReferenceLists _references;

    public DepartmentYearBinder(DiagnosticSink sink, ReferenceLists references)
    {
        _sink = sink;
        _scalars = new Scalars(sink);
        _references = references;
    }

    public DepartmentYear? Bind(DataNode root, string file)
    {
        if (_scalars.Mapping(root, "a department-year file") is not { } map)
        {
            return null;
        }

        var fields = new Fields(map, "a department-year file", _sink,
            "$schema", "schema_version", "report", "jurisdiction", "department", "overview", "tables", "narrative",
            "performance", "assets", "glossary", "source", "fixes", "units");
        var version = _scalars.Integer(fields.Required("schema_version", "1"), "schema_version", 1, 1);
        var report = BindReport(fields.Required("report", "kind, year, title and money_unit"));
        var jurisdictionNode = fields.Required("jurisdiction", "the six-digit code of a jurisdiction in jurisdictions.yaml");
        var jurisdiction = _scalars.DigitCode(jurisdictionNode, "jurisdiction", 6);
        if (jurisdiction is not null && !_references.JurisdictionCodes.Contains(jurisdiction))
        {
            _sink.Error(DiagnosticCodes.UnknownJurisdiction, jurisdictionNode!.Line, jurisdictionNode.Column,
                $"the jurisdiction {jurisdiction} is not in the shared list.",
                $"a code listed in jurisdictions.yaml ({string.Join(", ", _references.JurisdictionCodes.Order(StringComparer.Ordinal))}), or add it there");
        }

        var department = BindDepartment(fields.Required("department", "code, name and kind"));
        var unit = report?.MoneyUnit ?? MoneyUnit.TenThousandYuan;
        var layout = report?.Layout is { } layoutId ? _references.Layouts.GetValueOrDefault(layoutId) : null;
        var tables = BindTables(fields.Optional("tables"), unit, layout);
        var narrativeNode = fields.Optional("narrative");
        var narrative = BindNarrative(narrativeNode);
        var performance = new PerformanceBinder(_scalars).Bind(fields.Optional("performance"), unit);
        var overview = BindOverview(fields.Optional("overview"));
        var assets = new AssetsBinder(_scalars).Bind(fields.Optional("assets"));
        var units = new UnitsBinder(_scalars).Bind(fields.Optional("units"));
        var glossary = BindGlossary(fields.Optional("glossary"));
        var source = BindSource(fields.Optional("source"));
        var fixes = BindFixes(fields.Optional("fixes"));
        StillToWrite.Report(_sink, narrativeNode, fields.Optional("overview") is not null, fields.Optional("performance") is not null, fields.Optional("source") is not null);

        if (_sink.HasErrors || version is null || report is null || jurisdiction is null || department is null)
        {
            return null;
        }

        return new DepartmentYear(file, report, jurisdiction, department, overview, tables, narrative, performance, assets, glossary, source, fixes)
        {
            Units = units,
        };
    }

    private ReportInfo? BindReport(DataNode? node)
    {
        if (_scalars.Mapping(node, "report") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "report", _sink, "kind", "year", "title", "money_unit", "edition", "layout", "approved", "published");
        var kind = _scalars.Choice(f.Required("kind", "budget or final_accounts"), "report.kind", WireNames.ReportKinds);
        var year = _scalars.Integer(f.Required("year", "the budget year, such as 2024"), "report.year", 1990, 2100);
        var title = _scalars.Text(f.Required("title", "the report's printed title"), "report.title");
        var unit = _scalars.Choice(f.Required("money_unit", "元, 千元, 万元 or 亿元"), "report.money_unit", WireNames.MoneyUnits);
        var edition = _scalars.Integer(f.Optional("edition"), "report.edition", 1, 999) ?? 1;
        var layout = BindLayout(f.Optional("layout"), kind);
        var (approved, published) = BindDisclosureDates(f.Optional("approved"), f.Optional("published"));
        return kind is null || year is null || title is null || unit is null
            ? null
            : new ReportInfo(kind.Value, year.Value, title, unit.Value, edition) { Layout = layout, Approved = approved, Published = published };
    }

    /// <summary>
    /// The approval (批复) and publication dates. A report cannot be published before it is approved, so such a pair is a
    /// typing slip that would otherwise pass the 20-day check with a negative delay.
    /// </summary>
    private (DateOnly? Approved, DateOnly? Published) BindDisclosureDates(DataNode? approvedNode, DataNode? publishedNode)
    {
        var approved = _scalars.Date(approvedNode, "report.approved");
        var published = _scalars.Date(publishedNode, "report.published");
        if (approved is { } from && published is { } to && to < from)
        {
            _sink.Error(DiagnosticCodes.PublishedBeforeApproved, publishedNode!.Line, publishedNode.Column,
                $"report.published {Iso(to)} is before report.approved {Iso(from)}.",
                "the date the report was made public, on or after the date it was approved (批复)");
            return (approved, null);
        }

        return (approved, published);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string? BindLayout(DataNode? node, ReportKind? kind)
    {
        var id = _scalars.Slug(node, "report.layout");
        if (id is null)
        {
            return null;
        }

        if (!_references.Layouts.TryGetValue(id, out var layout))
        {
            var suggestion = Spelling.Closest(id, _references.Layouts.Keys);
            _sink.Error(DiagnosticCodes.UnknownLayout, node!.Line, node.Column,
                $"there is no table layout '{id}'" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
                $"one of: {string.Join(", ", _references.Layouts.Keys)}; or a layout of your own in content/layouts/ (docs/layouts.md)");
            return null;
        }

        if (kind is not null && layout.Kind != kind)
        {
            _sink.Error(DiagnosticCodes.LayoutKindMismatch, node!.Line, node.Column,
                $"layout '{id}' is for {WireNames.NameOf(layout.Kind)} reports, but this report is {WireNames.NameOf(kind.Value)}.",
                $"a layout for {WireNames.NameOf(kind.Value)} reports ({string.Join(", ", _references.Layouts.Values.Where(l => l.Kind == kind).Select(l => l.Id))})");
            return null;
        }

        return id;
    }

    private Department? BindDepartment(DataNode? node)
    {
        if (_scalars.Mapping(node, "department") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "department", _sink, "code", "name", "kind", "slug");
        var code = _scalars.Text(f.Optional("code"), "department.code");
        var name = _scalars.Text(f.Required("name", "the department's name"), "department.name");
        var kindNode = f.Required("kind", "a department kind id from department-kinds.yaml");
        var kind = _scalars.Slug(kindNode, "department.kind");
        if (kind is not null && !_references.DepartmentKindIds.Contains(kind))
        {
            _sink.Error(DiagnosticCodes.UnknownDepartmentKind, kindNode!.Line, kindNode.Column,
                $"the department kind '{kind}' is not in the shared list.",
                $"an id listed in department-kinds.yaml ({string.Join(", ", _references.DepartmentKindIds.Order(StringComparer.Ordinal))}), or add it there");
        }

        var slug = _scalars.Slug(f.Optional("slug"), "department.slug");
        return name is null || kind is null ? null : new Department(code, name, kind, slug ?? kind) { SlugGiven = slug is not null };
    }

    private Overview BindOverview(DataNode? node)
    {
        if (_scalars.Mapping(node, "overview") is not { } map)
        {
            return new Overview(null, null, null);
        }

        var f = new Fields(map, "overview", _sink, "duties", "organisation", "staffing");
        Staffing? staffing = null;
        if (_scalars.Mapping(f.Optional("staffing"), "staffing") is { } staffMap)
        {
            var s = new Fields(staffMap, "staffing", _sink, "authorised", "active", "retired", "breakdown");
            var groups = new List<StaffingGroup>();
            foreach (var item in _scalars.Sequence(s.Optional("breakdown"), "staffing.breakdown")?.Items ?? [])
            {
                if (_scalars.Mapping(item, "a staffing group") is not { } groupMap)
                {
                    continue;
                }

                var g = new Fields(groupMap, "a staffing group", _sink, "label", "count", "note");
                var label = _scalars.Text(g.Required("label", "the printed category"), "label");
                var count = _scalars.Integer(g.Required("count", "a head count"), "count");
                if (label is not null && count is not null)
                {
                    groups.Add(new StaffingGroup(label, count.Value, _scalars.Text(g.Optional("note"), "note")));
                }
            }

            staffing = new Staffing(
                _scalars.Integer(s.Optional("authorised"), "staffing.authorised"),
                _scalars.Integer(s.Optional("active"), "staffing.active"),
                _scalars.Integer(s.Optional("retired"), "staffing.retired"),
                groups);
        }

        return new Overview(_scalars.Markdown(f.Optional("duties"), "overview.duties"), _scalars.Markdown(f.Optional("organisation"), "overview.organisation"), staffing);
    }

    private List<BudgetTable> BindTables(DataNode? node, MoneyUnit unit, Model.Layouts.ReportLayout? layout)
    {
        var tables = new List<BudgetTable>();
        var numbers = new Dictionary<int, DataNode>();
        var binder = new TableBinder(_scalars);
        foreach (var item in _scalars.Sequence(node, "tables")?.Items ?? [])
        {
            if (binder.Bind(item, unit, layout) is not { } table)
            {
                continue;
            }

            if (!numbers.TryAdd(table.Number, item))
            {
                _sink.Error(DiagnosticCodes.DuplicateTableNumber, item.Line, item.Column,
                    $"table {table.Number} appears twice (first at line {numbers[table.Number].Line}).", "each printed table number once");
                continue;
            }

            tables.Add(table);
        }

        return tables;
    }

    private List<NarrativeItem> BindNarrative(DataNode? node)
    {
        var items = new List<NarrativeItem>();
        var ids = new Dictionary<string, DataNode>(StringComparer.Ordinal);
        foreach (var item in _scalars.Sequence(node, "narrative")?.Items ?? [])
        {
            if (_scalars.Mapping(item, "a narrative item") is not { } map)
            {
                continue;
            }

            var f = new Fields(map, "a narrative item", _sink, "id", "number", "title", "body");
            var idNode = f.Required("id", "a stable id such as income");
            var id = NarrativeId(idNode);
            var title = _scalars.Text(f.Required("title", "the printed heading"), "the narrative title");
            var body = _scalars.Markdown(f.Required("body", "the text, as Markdown"), id is null ? "the narrative body" : $"narrative[{id}].body");
            if (id is not null && !ids.TryAdd(id, idNode!))
            {
                _sink.Error(DiagnosticCodes.DuplicateId, idNode!.Line, idNode.Column,
                    $"the narrative id '{id}' is already used at line {ids[id].Line}.", "each narrative id once");
                continue;
            }

            if (id is not null && title is not null && body is not null)
            {
                items.Add(new NarrativeItem(id, _scalars.Text(f.Optional("number"), "number"), title, body));
            }
        }

        return items;
    }

    /// <summary>A narrative id from the vocabulary, or a province's own section as 'x-…'; a near miss gets a suggestion.</summary>
    private string? NarrativeId(DataNode? node)
    {
        var id = _scalars.Slug(node, "the narrative id");
        if (id is null || NarrativeSections.IsKnown(id) || NarrativeSections.IsCustom(id))
        {
            return id;
        }

        var suggestion = Spelling.Closest(id, NarrativeSections.All);
        _sink.Error(DiagnosticCodes.UnknownNarrativeSection, node!.Line, node.Column,
            $"'{id}' is not a known narrative section" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
            $"one of: {string.Join(", ", NarrativeSections.All)}; or a section of your own starting with 'x-'");
        return null;
    }

    private List<GlossaryTerm> BindGlossary(DataNode? node)
    {
        var terms = new List<GlossaryTerm>();
        foreach (var item in _scalars.Sequence(node, "glossary")?.Items ?? [])
        {
            if (_scalars.Mapping(item, "a glossary term") is not { } map)
            {
                continue;
            }

            var f = new Fields(map, "a glossary term", _sink, "term", "definition");
            var term = _scalars.Text(f.Required("term", "the term"), "term");
            var definition = _scalars.Markdown(f.Required("definition", "its definition"), term is null ? "definition" : $"glossary[{term}].definition");
            if (term is not null && definition is not null)
            {
                terms.Add(new GlossaryTerm(term, definition));
            }
        }

        return terms;
    }

    private SourceCitation? BindSource(DataNode? node)
    {
        if (_scalars.Mapping(node, "source") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "source", _sink, "title", "publisher", "url", "published", "document", "notes", "sha256");
        var title = _scalars.Text(f.Required("title", "the document's title"), "source.title");
        var publisher = _scalars.Text(f.Required("publisher", "who published it"), "source.publisher");
        var published = _scalars.Date(f.Optional("published"), "source.published");
        return title is null || publisher is null
            ? null
            : new SourceCitation(title, publisher, _scalars.Text(f.Optional("url"), "source.url"), published,
                _scalars.Text(f.Optional("document"), "source.document"), _scalars.Markdown(f.Optional("notes"), "source.notes"))
            {
                Sha256 = Sha256(f.Optional("sha256")),
            };
    }

    private List<TranscriptionFix> BindFixes(DataNode? node)
    {
        var fixes = new List<TranscriptionFix>();
        foreach (var item in _scalars.Sequence(node, "fixes")?.Items ?? [])
        {
            if (_scalars.Mapping(item, "a fix") is not { } map)
            {
                continue;
            }

            var f = new Fields(map, "a fix", _sink, "location", "printed", "recorded", "reason");
            var location = _scalars.Text(f.Required("location", "where the fix is"), "location");
            var printed = _scalars.Text(f.Required("printed", "what was printed"), "printed");
            var recorded = _scalars.Text(f.Required("recorded", "what was recorded"), "recorded");
            var reason = _scalars.Text(f.Required("reason", "why"), "reason");
            if (location is not null && printed is not null && recorded is not null && reason is not null)
            {
                fixes.Add(new TranscriptionFix(location, printed, recorded, reason));
            }
        }

        return fixes;
    }

    private string? Sha256(DataNode? node)
    {
        var text = _scalars.Text(node, "source.sha256");
        if (text is null || (text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')))
        {
            return text;
        }

        _sink.Error(DiagnosticCodes.InvalidValue, node!.Line, node.Column,
            "source.sha256 is not a SHA-256 checksum.", "64 lowercase hexadecimal digits, as sha256sum prints them");
        return null;
    }
}
