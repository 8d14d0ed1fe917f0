using System.Globalization;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>Binds the department-wide form and the project cards, parsing indicator values as it goes.</summary>
public sealed class PerformanceBinder(Scalars scalars)
{
    // Card funds are printed in whole 元 but 元 allows 分.
    private const int YuanDecimals = 2;

    private const string FormPath = "performance.department_form";

    public Performance Bind(DataNode? node, MoneyUnit reportUnit)
    {
        if (scalars.Mapping(node, "performance") is not { } map)
        {
            return Performance.None;
        }

        var fields = new Fields(map, "performance", scalars.Sink, "department_form", "cards");
        var form = scalars.Mapping(fields.Optional("department_form"), "department_form") is { } formMap ? BindForm(formMap, reportUnit) : null;
        var cards = new List<PerformanceCard>();
        var ids = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        foreach (var item in scalars.Sequence(fields.Optional("cards"), "cards")?.Items ?? [])
        {
            if (BindCard(item, ids) is { } card)
            {
                cards.Add(card);
            }
        }

        return new Performance(form, cards);
    }

    private DepartmentForm? BindForm(MappingNode map, MoneyUnit reportUnit)
    {
        var fields = new Fields(map, "the department-wide form", scalars.Sink,
            "title", "department", "internal_units", "budget_units", "staffing", "duties", "strategic_goals", "unit",
            "funds_by_source", "funds_by_use", "key_tasks", "annual_goals", "indicators");
        var title = scalars.Text(fields.Required("title", "the form's printed title"), "the form title");
        var unit = scalars.Choice(fields.Required("unit", "元 or 万元"), "the form's unit", WireNames.MoneyUnits) ?? reportUnit;
        FormStaffing? staffing = null;
        if (scalars.Mapping(fields.Optional("staffing"), "the form's staffing") is { } staffMap)
        {
            var s = new Fields(staffMap, "the form's staffing", scalars.Sink, "authorised", "active", "on_establishment", "other");
            staffing = new FormStaffing(Count(s, "authorised"), Count(s, "active"), Count(s, "on_establishment"), Count(s, "other"));
        }

        FundsBySource? bySource = null;
        if (scalars.Mapping(fields.Optional("funds_by_source"), "funds_by_source") is { } sourceMap)
        {
            var f = new Fields(sourceMap, "funds_by_source", scalars.Sink,
                "total", "general_public_budget", "government_fund", "state_capital", "social_insurance_fund", "special_account", "unit_funds");
            decimal? A(string name) => scalars.Amount(f.Optional(name), $"funds_by_source.{name}", 2, unit).Value;
            bySource = new FundsBySource(A("total"), A("general_public_budget"), A("government_fund"), A("state_capital"),
                A("social_insurance_fund"), A("special_account"), A("unit_funds"));
        }

        FundsByUse? byUse = null;
        if (scalars.Mapping(fields.Optional("funds_by_use"), "funds_by_use") is { } useMap)
        {
            var f = new Fields(useMap, "funds_by_use", scalars.Sink, "total", "basic", "project");
            decimal? A(string name) => scalars.Amount(f.Optional(name), $"funds_by_use.{name}", 2, unit).Value;
            byUse = new FundsByUse(A("total"), A("basic"), A("project"));
        }

        var tasks = new List<KeyTask>();
        foreach (var item in scalars.Sequence(fields.Optional("key_tasks"), "key_tasks")?.Items ?? [])
        {
            if (scalars.Mapping(item, "a key task") is { } taskMap)
            {
                var f = new Fields(taskMap, "a key task", scalars.Sink, "function", "task");
                var function = scalars.Text(f.Required("function", "核心职能"), "a key task's function");
                var task = scalars.Text(f.Required("task", "重点任务"), "a key task");
                if (function is not null && task is not null)
                {
                    tasks.Add(new KeyTask(function, task));
                }
            }
        }

        if (title is null)
        {
            return null;
        }

        return new DepartmentForm(title, scalars.Text(fields.Optional("department"), "department"),
            Count(fields, "internal_units"), Count(fields, "budget_units"), staffing,
            scalars.Markdown(fields.Optional("duties"), $"{FormPath}.duties"), scalars.Markdown(fields.Optional("strategic_goals"), $"{FormPath}.strategic_goals"),
            unit, bySource, byUse, tasks, scalars.Markdown(fields.Optional("annual_goals"), $"{FormPath}.annual_goals"),
            BindIndicators(fields.Optional("indicators"), "the department-wide form"));
    }

    private PerformanceCard? BindCard(DataNode node, Dictionary<string, ScalarNode> ids)
    {
        if (scalars.Mapping(node, "a performance card") is not { } map)
        {
            return null;
        }

        var fields = new Fields(map, "a performance card", scalars.Sink,
            "id", "form_title", "name", "department", "implementer", "attribute", "period", "funds", "overview", "basis",
            "necessity", "measures", "plan", "goals", "indicators", "filed_at");
        var idNode = fields.Required("id", "a URL name such as child-rehab");
        var id = scalars.Slug(idNode, "the card id");
        if (id is not null && PerformanceCard.ReservedIds.Contains(id))
        {
            // The card's page would be written over another page of the report (performance/index.html …).
            scalars.Sink.Error(DiagnosticCodes.ReservedId, idNode!.Line, idNode.Column,
                $"the card id '{id}' is the name of another page of the report.",
                $"an id other than {string.Join(", ", PerformanceCard.ReservedIds.Order(StringComparer.Ordinal))}, such as the project's name in ASCII");
            id = null;
        }

        if (id is not null && idNode is ScalarNode idScalar && !ids.TryAdd(id, idScalar))
        {
            var first = ids[id];
            scalars.Sink.Error(DiagnosticCodes.DuplicateId, idScalar.Line, idScalar.Column,
                $"the card id '{id}' is already used at line {first.Line}.", "a card id used once in the file");
            id = null;
        }

        var name = scalars.Text(fields.Required("name", "项目名称"), "the card name");
        var where = name is null ? "a card" : $"card '{name}'";
        var path = $"performance.cards[{id ?? "?"}]";
        CardFunds? periodFunds = null, yearFunds = null;
        if (scalars.Mapping(fields.Required("funds", "funds for period and year, in 元"), $"the funds of {where}") is { } fundsMap)
        {
            var f = new Fields(fundsMap, $"the funds of {where}", scalars.Sink, "period", "year");
            periodFunds = BindFunds(f.Required("period", "the 实施期 funds"), $"{where}, period funds");
            yearFunds = BindFunds(f.Required("year", "the 年度 funds"), $"{where}, year funds");
        }

        string? periodGoal = null, yearGoal = null;
        if (scalars.Mapping(fields.Optional("goals"), "goals") is { } goalsMap)
        {
            var g = new Fields(goalsMap, $"the goals of {where}", scalars.Sink, "period", "year");
            periodGoal = scalars.Markdown(g.Optional("period"), $"{path}.goals.period");
            yearGoal = scalars.Markdown(g.Optional("year"), $"{path}.goals.year");
        }

        IReadOnlyList<Indicator> periodIndicators = [], yearIndicators = [];
        if (scalars.Mapping(fields.Required("indicators", "indicators for period and year"), $"the indicators of {where}") is { } indMap)
        {
            var i = new Fields(indMap, $"the indicators of {where}", scalars.Sink, "period", "year");
            periodIndicators = BindIndicators(i.Required("period", "the 实施期 indicators"), where);
            yearIndicators = BindIndicators(i.Required("year", "the 年度 indicators"), where);
        }

        var filedAt = BindTimestamp(fields.Optional("filed_at"));
        var overview = scalars.Markdown(fields.Optional("overview"), $"{path}.overview");
        var basis = scalars.Markdown(fields.Optional("basis"), $"{path}.basis");
        var necessity = scalars.Markdown(fields.Optional("necessity"), $"{path}.necessity");
        var measures = scalars.Markdown(fields.Optional("measures"), $"{path}.measures");
        var plan = scalars.Markdown(fields.Optional("plan"), $"{path}.plan");
        if (id is null || name is null || periodFunds is null || yearFunds is null)
        {
            return null;
        }

        return new PerformanceCard(id, scalars.Text(fields.Optional("form_title"), "form_title"), name,
            scalars.Text(fields.Optional("department"), "department"), scalars.Text(fields.Optional("implementer"), "implementer"),
            scalars.Text(fields.Optional("attribute"), "attribute"), scalars.Text(fields.Optional("period"), "period"),
            periodFunds, yearFunds,
            overview, basis, necessity, measures, plan, periodGoal, yearGoal, periodIndicators, yearIndicators, filedAt);
    }

    private CardFunds? BindFunds(DataNode? node, string where)
    {
        if (scalars.Mapping(node, where) is not { } map)
        {
            return null;
        }

        var f = new Fields(map, where, scalars.Sink, "total", "central", "provincial", "local", "self_raised", "other");
        f.Required("total", "the total in 元");
        decimal? A(string name) => scalars.Amount(f.Optional(name), $"{where}: {name}", YuanDecimals, MoneyUnit.Yuan).Value;
        return new CardFunds(A("total"), A("central"), A("provincial"), A("local"), A("self_raised"), A("other"));
    }

    private List<Indicator> BindIndicators(DataNode? node, string where)
    {
        var result = new List<Indicator>();
        foreach (var item in scalars.Sequence(node, $"the indicators of {where}")?.Items ?? [])
        {
            if (scalars.Mapping(item, $"an indicator of {where}") is not { } map)
            {
                continue;
            }

            var f = new Fields(map, $"an indicator of {where}", scalars.Sink, "level1", "level2", "name", "value", "comparator", "number", "unit");
            var level1 = scalars.Text(f.Required("level1", "一级指标 such as 产出指标"), "level1");
            var level2 = scalars.Text(f.Required("level2", "二级指标 such as 数量指标"), "level2");
            var name = scalars.Text(f.Required("name", "三级指标"), "the indicator name");
            var value = scalars.Text(f.Required("value", "指标值 as printed"), "the indicator value");
            if (level1 is null || level2 is null || name is null || value is null)
            {
                continue;
            }

            result.Add(new Indicator(level1, level2, name, value, BindParsed(f, value)));
        }

        return result;
    }

    /// <summary>An explicit comparator/number/unit in the file wins over what the printed value parses to.</summary>
    private IndicatorValue? BindParsed(Fields fields, string printed)
    {
        var number = scalars.Quantity(fields.Optional("number"), "the indicator number");
        if (number is null)
        {
            return IndicatorValueParser.Parse(printed);
        }

        var comparator = scalars.Choice(fields.Optional("comparator"), "the comparator", Comparators) ?? Comparator.Equal;
        return new IndicatorValue(comparator, number.Value, scalars.Text(fields.Optional("unit"), "the unit") ?? string.Empty);
    }

    private static readonly IReadOnlyDictionary<string, Comparator> Comparators = new Dictionary<string, Comparator>(StringComparer.Ordinal)
    {
        ["="] = Comparator.Equal,
        ["<"] = Comparator.Less,
        ["<="] = Comparator.LessOrEqual,
        [">"] = Comparator.Greater,
        [">="] = Comparator.GreaterOrEqual,
    };

    private DateTime? BindTimestamp(DataNode? node)
    {
        var text = scalars.Text(node, "filed_at");
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, ["yyyyMMddHHmmss", "yyyyMMddHHmm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        scalars.Sink.Error(DiagnosticCodes.InvalidDate, node!.Line, node.Column,
            $"filed_at '{text}' is not a timestamp.", "填报日期 as printed: 14 digits yyyyMMddHHmmss, such as \"20240219114330\"");
        return null;
    }

    private int? Count(Fields fields, string name) => scalars.Integer(fields.Optional(name), name);
}
