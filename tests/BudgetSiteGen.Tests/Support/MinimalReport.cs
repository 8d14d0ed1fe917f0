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

    /// <summary>The minimal report with one line (1-based) replaced.</summary>
    public static string WithLine(int line, string replacement)
    {
        var lines = Text.Split('\n');
        Assert.True(line >= 1 && line <= lines.Length, $"line {line} is outside the minimal report");
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    public static string Line(int line) => Text.Split('\n')[line - 1];
}
