using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Security;

/// <summary>
/// A content folder in which every Markdown field carries every way of writing a script link (each sets
/// window.__pwned or opens an alert when it runs) and every plain text field carries script in markup.
/// It also holds three safe links per field, so that clicking finds live links to click.
/// </summary>
public static class HostileContent
{
    /// <summary>Refused addresses per Markdown field: seven inline links, one autolink, one reference definition, one image.</summary>
    public const int RefusedPerField = 10;

    /// <summary>The Markdown fields the reports below fill: overview 2, narrative 4, glossary 1, source 1, form 3, card 7.</summary>
    public const int MarkdownFields = 18;

    private const string Markdown = """
        说明文字 [甲](javascript:void(window.__pwned=1)) [乙](JaVaScRiPt:alert(1)) <javascript:alert(1)>
        [丙](&#106;avascript:void(window.__pwned=1)) [丁](java&#x09;script:alert(1)) [戊](jav&#x61;script:alert(1))
        [己][r] [庚](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [辛](vbscript:msgbox(1))
        ![壬](javascript:alert(1)) <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>
        [安全](https://example.org/) [邮件](mailto:office@example.org) [本页](#main)

        [r]: javascript:void(window.__pwned=1)
        """;

    /// <summary>Script in markup, for plain text fields: it must arrive on the page as text.</summary>
    public const string Text = "'名称<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">javascript:alert(1)'";

    public static void Write(string content)
    {
        Directory.CreateDirectory(Path.Combine(content, "reports"));
        foreach (var shared in new[] { "jurisdictions.yaml", "department-kinds.yaml" })
        {
            File.Copy(Path.Combine(RepositoryFolders.Content, shared), Path.Combine(content, shared));
        }

        File.WriteAllText(Path.Combine(content, "site.yaml"), $"title: {Text}\ndescription: {Text}\nlanguage: zh-CN\n");

        // Three years of one department, so that no file has more warnings than the hundred listed per file.
        File.WriteAllText(Path.Combine(content, "reports/2024.yaml"), Report(2024, ReportTexts()));
        File.WriteAllText(Path.Combine(content, "reports/2023.yaml"), Report(2023, DepartmentForm()));
        File.WriteAllText(Path.Combine(content, "reports/2022.yaml"), Report(2022, Card()));
    }

    private static string Report(int year, string body) => $$"""
        schema_version: 1
        report:
          kind: budget
          year: {{year}}
          title: {{Text}}
          money_unit: 万元
        jurisdiction: "140525"
        department:
          code: "059"
          name: {{Text}}
          kind: dpf
        tables:
          - number: 3
            type: expenditure_summary
            title: {{Text}}
            stub:
              - { label: {{Text}}, field: code }
              - { label: 科目名称, field: name }
            columns:
              - { label: {{Text}}, role: total }
              - { label: 基本支出, role: basic }
              - { label: 项目支出, role: project }
            rows:
              - { name: 合计, role: total, values: [10.00, 4.00, 6.00] }
              - { code: "208", name: {{Text}}, values: [10.00, 4.00, 6.00] }

        """ + body;

    /// <summary>Eight Markdown fields: overview 2, narrative 4, glossary 1, source 1.</summary>
    private static string ReportTexts()
    {
        var md = Block(Markdown, 6);
        return $$"""
            overview:
              duties: |
            {{md}}
              organisation: |
            {{md}}
              staffing:
                authorised: 25
                breakdown:
                  - { label: {{Text}}, count: 8, note: {{Text}} }
            narrative:
              - id: income
                title: {{Text}}
                body: |
            {{md}}
              - id: expenditure
                title: 支出预算情况说明
                body: |
            {{md}}
              - id: assets
                title: 国有资产占有使用情况
                body: |
            {{md}}
              - id: other
                title: 其他重要事项的情况说明
                body: |
            {{md}}
            glossary:
              - term: {{Text}}
                definition: |
            {{md}}
            source:
              title: {{Text}}
              publisher: {{Text}}
              url: javascript:alert(1)
              document: {{Text}}
              notes: |
            {{md}}
            fixes:
              - { location: {{Text}}, printed: {{Text}}, recorded: {{Text}}, reason: {{Text}} }

            """;
    }

    /// <summary>Three Markdown fields: the department-wide form's duties, strategic and annual goals.</summary>
    private static string DepartmentForm() => $$"""
        performance:
          department_form:
            title: {{Text}}
            department: {{Text}}
            unit: 万元
            duties: |
        {{Block(Markdown, 8)}}
            strategic_goals: |
        {{Block(Markdown, 8)}}
            annual_goals: |
        {{Block(Markdown, 8)}}
            key_tasks:
              - { function: {{Text}}, task: {{Text}} }
            indicators:
              - { level1: {{Text}}, level2: 数量指标, name: {{Text}}, value: {{Text}} }

        """;

    /// <summary>Seven Markdown fields: a card's five texts and two goals.</summary>
    private static string Card() => $$"""
        performance:
          cards:
            - id: hostile-card
              name: {{Text}}
              implementer: {{Text}}
              funds:
                period: { total: 100 }
                year: { total: 100 }
              overview: |
        {{Block(Markdown, 10)}}
              basis: |
        {{Block(Markdown, 10)}}
              necessity: |
        {{Block(Markdown, 10)}}
              measures: |
        {{Block(Markdown, 10)}}
              plan: |
        {{Block(Markdown, 10)}}
              goals:
                period: |
        {{Block(Markdown, 12)}}
                year: |
        {{Block(Markdown, 12)}}
              indicators:
                period:
                  - { level1: 产出指标, level2: 数量指标, name: {{Text}}, value: {{Text}} }
                year:
                  - { level1: 产出指标, level2: 数量指标, name: {{Text}}, value: {{Text}} }

        """;

    private static string Block(string text, int indent) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : new string(' ', indent) + line));
}
