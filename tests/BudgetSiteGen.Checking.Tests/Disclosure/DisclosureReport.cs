namespace BudgetSiteGen.Tests.Disclosure;

/// <summary>
/// A small Shanxi budget written inline for checklist tests: the parts a test does not name are left out, so each test
/// says in its own words which tables, sections, cards and dates the report has.
/// </summary>
public sealed record DisclosureReport
{
    public string Kind { get; init; } = "budget";

    public string? Layout { get; init; } = "shanxi-budget";

    public string? Dates { get; init; }

    public List<string> Tables { get; init; } = [];

    public List<(string Id, string Title, string Body)> Sections { get; init; } = [];

    public List<string> Glossary { get; init; } = [];

    /// <summary>Cards as (id, year funds in 元).</summary>
    public List<(string Id, decimal Funds)> Cards { get; init; } = [];

    /// <summary>A table of the Shanxi layout printed with one figure, or empty with the statement given (null: none).</summary>
    public static string Table(int number, string type, string title, decimal? total = null, bool empty = false, string? statement = null)
    {
        var head = $"  - number: {number}\n    type: {type}\n    title: {title}\n"
            + "    stub: [{ label: 项目, field: name }]\n    columns: [{ label: 合计, role: total }]\n";
        if (empty)
        {
            return head + "    no_data: true\n    rows: []\n" + (statement is null ? "" : $"    note: {statement}\n");
        }

        return head + $"    rows:\n      - {{ name: 测试单位, level: 1, values: [{total ?? 1m}] }}\n";
    }

    /// <summary>The expenditure summary with its 项目支出 column.</summary>
    public static string ExpenditureSummary(decimal total, decimal project) =>
        "  - number: 3\n    type: expenditure_summary\n    title: 2024年预算支出总表\n"
        + "    stub: [{ label: 科目编码, field: code }, { label: 科目名称, field: name }]\n"
        + "    columns: [{ label: 合计, role: total }, { label: 基本支出, role: basic }, { label: 项目支出, role: project }]\n"
        + "    rows:\n"
        + $"      - {{ name: 合计, role: total, values: [{total}, {total - project}, {project}] }}\n"
        + $"      - {{ code: \"208\", name: 社会保障和就业支出, values: [{total}, {total - project}, {project}] }}\n";

    public string Text()
    {
        var text = new System.Text.StringBuilder();
        text.Append($"""
            schema_version: 1
            report:
              kind: {Kind}
              year: 2024
              title: 测试县残疾人联合会2024年部门预算
              money_unit: 万元
            {(Layout is null ? "" : $"  layout: {Layout}\n")}{(Dates is null ? "" : Dates + "\n")}jurisdiction: "140525"
            department:
              code: "059"
              name: 测试县残疾人联合会
              kind: dpf
            tables:

            """);
        foreach (var table in Tables)
        {
            text.Append(table);
        }

        if (Sections.Count > 0)
        {
            text.Append("narrative:\n");
            foreach (var (id, title, body) in Sections)
            {
                text.Append($"  - id: {id}\n    title: {title}\n    body: \"{body}\"\n");
            }
        }

        if (Glossary.Count > 0)
        {
            text.Append("glossary:\n");
            foreach (var term in Glossary)
            {
                text.Append($"  - {{ term: {term}, definition: {term}的解释。 }}\n");
            }
        }

        if (Cards.Count > 0)
        {
            text.Append("performance:\n  cards:\n");
            foreach (var (id, funds) in Cards)
            {
                text.Append($"    - id: {id}\n      name: 项目{id}\n      funds:\n        period: {{ total: {funds} }}\n        year: {{ total: {funds} }}\n      indicators:\n        period: []\n        year: []\n");
            }
        }

        return text.ToString();
    }
}
