namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// The smallest valid department-year, with one coded table. Tests replace one line of it to make a
/// single, known mistake, so the line and column of the expected diagnostic are known in advance.
/// </summary>
public static class MinimalReport
{
    public const string Text = """
        schema_version: 1
        report:
          kind: budget
          year: 2024
          title: 测试报告
          money_unit: 万元
        jurisdiction: "140525"
        department:
          code: "059"
          name: 泽州县残疾人联合会
          kind: dpf
        tables:
          - number: 3
            type: expenditure_summary
            title: 2024年预算支出总表
            stub:
              - { label: 科目编码, field: code }
              - { label: 科目名称, field: name }
            columns:
              - { label: 合计, role: total }
              - { label: 基本支出, role: basic }
            rows:
              - { name: 合计, role: total, values: [10.00, 4.00] }
              - { code: "208", name: 社会保障和就业支出, values: [10.00, 4.00] }
        """;

    /// <summary>The same report in JSON, one field or row a line, so positions in it are as easy to work out.</summary>
    public const string Json = """
        {
          "schema_version": 1,
          "report": { "kind": "budget", "year": 2024, "title": "测试报告", "money_unit": "万元" },
          "jurisdiction": "140525",
          "department": { "code": "059", "name": "泽州县残疾人联合会", "kind": "dpf" },
          "tables": [
            {
              "number": 3, "type": "expenditure_summary", "title": "2024年预算支出总表",
              "stub": [{ "label": "科目编码", "field": "code" }, { "label": "科目名称", "field": "name" }],
              "columns": [{ "label": "合计", "role": "total" }, { "label": "基本支出", "role": "basic" }],
              "rows": [
                { "name": "合计", "role": "total", "values": [10.00, 4.00] },
                { "code": "208", "name": "社会保障和就业支出", "values": [10.00, 4.00] }
              ]
            }
          ]
        }
        """;

    /// <summary>A performance section with one card, to append to <see cref="Text"/>: the card's id is on line 27, at column 11.</summary>
    public const string Card = """

        performance:
          cards:
            - id: child-rehab
              name: 残疾儿童康复救助
              funds:
                period: { total: 1000 }
                year: { total: 1000 }
              indicators:
                period: []
                year: []
        """;

    /// <summary>The minimal report with one line (1-based) replaced.</summary>
    public static string WithLine(int line, string replacement)
    {
        var lines = Text.Split('\n');
        Assert.True(line >= 1 && line <= lines.Length, $"line {line} is outside the minimal report");
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    public static string Line(int line) => Text.Split('\n')[line - 1];

    /// <summary>Replaces one line (1-based) of any text.</summary>
    public static string WithLine(string text, int line, string replacement)
    {
        var lines = text.Split('\n');
        Assert.True(line >= 1 && line <= lines.Length, $"line {line} is outside the text");
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }
}
