using BudgetSiteGen.Model;

namespace BudgetSiteGen.Tests.Support;

/// <summary>Small hand-made department-years for rule tests: each test states its own figures.</summary>
public static class ModelBuilder
{
    public static DepartmentYear Year(IEnumerable<BudgetTable> tables, IEnumerable<PerformanceCard>? cards = null,
        IEnumerable<NarrativeItem>? narrative = null, DepartmentForm? form = null, Staffing? staffing = null) =>
        new("test.yaml", new ReportInfo(ReportKind.Budget, 2024, "测试", MoneyUnit.TenThousandYuan, 1), "140525",
            new Department("059", "测试部门", "dpf", "dpf"), new Overview(null, null, staffing), tables.ToList(), (narrative ?? []).ToList(),
            new Performance(form, (cards ?? []).ToList()), null, [], null, []);

    /// <summary>The same department-year as a final account (部门决算).</summary>
    public static DepartmentYear Final(DepartmentYear year) => year with { Report = year.Report with { Kind = ReportKind.FinalAccounts } };

    /// <summary>A table printed in another unit than 万元.</summary>
    public static BudgetTable InUnit(BudgetTable table, MoneyUnit unit) => table with { Unit = unit };

    /// <summary>A column whose figures are of an item (上海's 三公 columns) in a measure.</summary>
    public static AmountColumn ItemColumn(FigureRole item, FigureRole measure) => new(item.ToString(), measure, measure.ToString(), []) { Item = item };

    public static BudgetTable Table(int number, TableType type, FigureRole[] columns, params TableRow[] rows) =>
        new(number, $"表{number}", type, "t", $"表{number}", MoneyUnit.TenThousandYuan, 2, true, false, null,
            [Section(null, columns, rows)]);

    public static BudgetTable Sided(int number, TableType type, params TableSection[] sections) =>
        new(number, $"表{number}", type, "t", $"表{number}", MoneyUnit.TenThousandYuan, 2, false, false, null, sections);

    public static TableSection Section(string? id, FigureRole[] columns, params TableRow[] rows) =>
        new(id, id, [new StubColumn("科目名称", StubField.Name, [])], columns.Select(r => new AmountColumn(r.ToString(), r, r.ToString(), [])).ToList(), rows);

    public static TableRow Row(string code, string name, params decimal?[] values) =>
        new(new ClassificationCode(code), name, null, new ClassificationCode(code).Level, FigureRole.None, values);

    public static TableRow Named(string name, int level, params decimal?[] values) => new(null, name, null, level, FigureRole.None, values);

    public static TableRow Role(FigureRole role, string name, params decimal?[] values) => new(null, name, null, 1, role, values);

    public static TableRow Total(params decimal?[] values) => Role(FigureRole.Total, "合计", values);

    public static Indicator Quantity(string name, string value) => new("产出指标", "数量指标", name, value, Validation.IndicatorValueParser.Parse(value));

    public static Indicator Cost(string name, string value) => new("产出指标", "成本指标", name, value, Validation.IndicatorValueParser.Parse(value));

    public static PerformanceCard Card(string id, string name, decimal total, decimal? local = null, string? overview = null, params Indicator[] indicators)
    {
        var funds = new CardFunds(total, 0m, 0m, local ?? total, 0m, null);
        return new PerformanceCard(id, null, name, null, null, null, "1年", funds, funds, overview, null, null, null, null, null, null, indicators, indicators, null);
    }

    public static NarrativeItem Item(string id, string body) => new(id, "一", id, body);
}
