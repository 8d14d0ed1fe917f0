using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// A department with the budget and the final accounts of one year, built once for the tests that read its pages.
/// The figures are made up and agree with each other; the budget is in 元 with its 三公 table in 万元, the final
/// accounts in 万元 with codes printed as 类/款/项 columns, a 三公 table of 预算数/决算数 per item with a printed
/// 完成率, one unreadable cell and a basic-expenditure table in two blocks.
/// </summary>
public sealed class PairedReportsSite : IDisposable
{
    public const string BudgetFolder = "shanghai-putuo/audit/2024-budget";

    public const string FinalFolder = "shanghai-putuo/audit/2024-final";

    public const string Budget = """
        schema_version: 1
        report:
          kind: budget
          year: 2024
          title: 测试审计局2024年部门预算
          money_unit: 元
        jurisdiction: "310107"
        department:
          name: 测试审计局
          kind: finance
          slug: audit
        units:
          - name: 测试审计局本部
            type: administrative
            own_budget: true
          - name: 测试审计事务中心
            type: institution
            own_budget: false
            note: 不单列预算，并入本部
          - name: 测试审计培训所
        tables:
          - number: 1
            type: budget_summary
            title: 2024年部门财务收支预算总表
            codes_printed: false
            sections:
              - id: income
                title: 收入
                stub: [{ label: 项目, field: name }]
                columns:
                  - { label: 预算数, role: budget }
                rows:
                  - { name: 一般公共预算资金, role: general_public_budget, values: [1000000.00] }
                  - { name: 本年收入合计, role: subtotal, values: [1000000.00] }
                  - { name: 上年结转, role: carry_over, values: [50000.00] }
                  - { name: 收入总计, role: grand_total, values: [1050000.00] }
              - id: expenditure
                title: 支出
                stub: [{ label: 项目, field: name }]
                columns:
                  - { label: 预算数, role: budget }
                rows:
                  - { code: "201", name: 一般公共服务支出, values: [800000.00] }
                  - { code: "208", name: 社会保障和就业支出, values: [250000.00] }
                  - { name: 支出总计, role: grand_total, values: [1050000.00] }
          - number: 3
            type: expenditure_summary
            title: 2024年部门支出预算总表
            stub:
              - { label: 科目编码, field: code }
              - { label: 科目名称, field: name }
            columns:
              - { label: 合计, role: total }
              - { label: 基本支出, role: basic }
              - { label: 项目支出, role: project }
            rows:
              - { name: 合计, role: total, values: [1050000.00, 700000.00, 350000.00] }
              - { code: "201", name: 一般公共服务支出, values: [800000.00, 450000.00, 350000.00] }
              - { code: "208", name: 社会保障和就业支出, values: [250000.00, 250000.00, ~] }
          - number: 5
            type: general_budget_expenditure
            title: 2024年一般公共预算支出功能分类预算表
            stub:
              - { label: 科目编码, field: code }
              - { label: 科目名称, field: name }
            columns:
              - { label: 合计, role: total }
              - { label: 基本支出, role: basic }
              - { label: 项目支出, role: project }
            rows:
              - { name: 合计, role: total, values: [1000000.00, 700000.00, 300000.00] }
              - { code: "201", name: 一般公共服务支出, values: [750000.00, 450000.00, 300000.00] }
              - { code: "20106", name: 财政事务, values: [750000.00, 450000.00, 300000.00] }
              - { code: "2010601", name: 行政运行, values: [450000.00, 450000.00, ~] }
              - { code: "2010602", name: 一般行政管理事务, values: [300000.00, ~, 300000.00] }
              - { code: "208", name: 社会保障和就业支出, values: [250000.00, 250000.00, ~] }
              - { code: "20805", name: 行政事业单位养老支出, values: [250000.00, 250000.00, ~] }
              - { code: "2080505", name: 机关事业单位基本养老保险缴费支出, values: [250000.00, 250000.00, ~] }
          - number: 9
            type: three_public
            title: 2024年部门“三公”经费和机关运行经费预算表
            unit: 万元
            stub: []
            columns:
              - { label: "“三公”经费合计", role: amount, item: three_public }
              - { label: 因公出国（境）费, role: amount, item: outbound_travel }
              - { label: 公务接待费, role: amount, item: official_reception }
              - { label: 公务用车购置及运行费, role: amount, item: official_vehicles }
              - { label: 机关运行经费, role: amount, item: operating_costs }
            rows:
              - { values: [3.00, 1.00, 2.00, ~, 12.00] }
        assets:
          as_of: "2023-12-31"
          vehicles:
            actual: 1
            by_use:
              - { label: 机要通信用车, count: 1 }
              - { label: 其他用车, count: 0 }
          equipment: { over_1m: 0 }
          planned_purchases:
            vehicles:
              total: 2
              by_use:
                - { label: 执法执勤用车, count: 2 }
            equipment: { over_1m: 1 }
        source:
          title: 测试审计局2024年部门预算
          publisher: 测试审计局
          url: https://example.gov.cn/audit/2024-budget.pdf
          sha256: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0
        """;

    public const string Final = """
        schema_version: 1
        report:
          kind: final_accounts
          year: 2024
          title: 测试审计局2024年度部门决算
          money_unit: 万元
        jurisdiction: "310107"
        department:
          name: 测试审计局
          kind: finance
          slug: audit
        tables:
          - number: 1
            type: budget_summary
            title: 收入支出决算总表
            codes_printed: false
            sections:
              - id: income
                title: 收入
                stub: [{ label: 项目, field: name }]
                columns:
                  - { label: 决算数, role: actual }
                rows:
                  - { name: 一般公共预算财政拨款收入, role: general_public_budget, values: [98.00] }
                  - { name: 本年收入合计, role: subtotal, values: [98.00] }
                  - { name: 年初结转和结余, role: opening_balance, values: [5.00] }
                  - { name: 总计, role: grand_total, values: [103.00] }
              - id: expenditure
                title: 支出
                stub: [{ label: 项目, field: name }]
                columns:
                  - { label: 决算数, role: actual }
                rows:
                  - { code: "201", name: 一般公共服务支出, values: [78.00] }
                  - { code: "208", name: 社会保障和就业支出, values: [19.50] }
                  - { code: "210", name: 卫生健康支出, values: [0.50] }
                  - { name: 本年支出合计, role: subtotal, values: [98.00] }
                  - { name: 年末结转和结余, role: closing_balance, values: [5.00] }
                  - { name: 总计, role: grand_total, values: [103.00] }
          - number: 3
            type: expenditure_summary
            title: 支出决算表
            stub:
              - { label: 类, field: lei }
              - { label: 款, field: kuan }
              - { label: 项, field: xiang }
              - { label: 科目名称, field: name }
            columns:
              - { label: 本年支出合计, role: total }
              - { label: 基本支出, role: basic }
              - { label: 项目支出, role: project }
            rows:
              - { name: 合计, role: total, values: [98.00, 66.00, 32.00] }
              - { code: ["201"], name: 一般公共服务支出, values: [78.00, 46.00, 32.00] }
              - { code: ["208"], name: 社会保障和就业支出, values: [19.50, 19.50, ~] }
              - { code: ["210"], name: 卫生健康支出, values: [0.50, 0.50, ~] }
          - number: 5
            type: general_budget_expenditure
            title: 一般公共预算财政拨款支出决算表
            stub:
              - { label: 类, field: lei }
              - { label: 款, field: kuan }
              - { label: 项, field: xiang }
              - { label: 科目名称, field: name }
            columns:
              - { label: 合计, role: total }
              - { label: 基本支出, role: basic }
              - { label: 项目支出, role: project }
            rows:
              - { code: ["201"], name: 一般公共服务支出, values: [78.00, 46.00, 32.00] }
              - { code: ["201", "06"], name: 财政事务, values: [78.00, 46.00, 32.00] }
              - { code: ["201", "06", "01"], name: 行政运行, values: [46.00, 46.00, ~] }
              - { code: ["201", "06", "02"], name: 一般行政管理事务, values: [32.00, ~, 32.00] }
              - { code: ["208"], name: 社会保障和就业支出, values: [19.50, 19.50, ~] }
              - { code: ["208", "05"], name: 行政事业单位养老支出, values: [19.50, 19.50, ~] }
              - { code: ["208", "05", "05"], name: 机关事业单位基本养老保险缴费支出, values: [19.50, 19.50, ~] }
              - { code: ["210"], name: 卫生健康支出, values: [0.50, 0.50, ~] }
              - { code: ["210", "11"], name: 行政事业单位医疗, values: [0.50, 0.50, ~] }
              - { code: ["210", "11", "01"], name: 行政单位医疗, values: [0.50, 0.50, ~] }
              - { name: 合计, role: total, values: [98.00, 66.00, 32.00] }
          - number: 6
            type: basic_expenditure_by_economic_class
            title: 一般公共预算财政拨款基本支出决算表
            sections:
              - id: personnel
                role: personnel
                stub:
                  - { label: 类, field: lei }
                  - { label: 款, field: kuan }
                  - { label: 科目名称, field: name }
                columns:
                  - { label: 决算数, role: actual }
                rows:
                  - { code: ["301"], name: 工资福利支出, values: [60.00] }
                  - { code: ["301", "01"], name: 基本工资, values: [60.00] }
                  - { name: 人员经费合计, role: total, values: [60.00] }
              - id: public
                role: public
                stub:
                  - { label: 类, field: lei }
                  - { label: 款, field: kuan }
                  - { label: 科目名称, field: name }
                columns:
                  - { label: 决算数, role: actual }
                rows:
                  - { code: ["302"], name: 商品和服务支出, values: [6.00] }
                  - { code: ["302", "01"], name: 办公费, values: [6.00] }
                  - { name: 公用经费合计, role: total, values: [6.00] }
          - number: 7
            type: three_public
            title: 财政拨款“三公”经费支出决算表
            stub: []
            columns:
              - { label: 预算数, role: budget, item: three_public, groups: [合计] }
              - { label: 决算数, role: actual, item: three_public, groups: [合计] }
              - { label: 完成率, role: execution_rate, item: three_public, unit: "%", groups: [合计] }
              - { label: 预算数, role: budget, item: outbound_travel, groups: [因公出国（境）费] }
              - { label: 决算数, role: actual, item: outbound_travel, groups: [因公出国（境）费] }
              - { label: 预算数, role: budget, item: official_vehicles, groups: [公务用车购置及运行费, 小计] }
              - { label: 决算数, role: actual, item: official_vehicles, groups: [公务用车购置及运行费, 小计] }
              - { label: 预算数, role: budget, item: vehicle_purchase, groups: [公务用车购置及运行费, 公务用车购置费] }
              - { label: 决算数, role: actual, item: vehicle_purchase, groups: [公务用车购置及运行费, 公务用车购置费] }
              - { label: 预算数, role: budget, item: official_reception, groups: [公务接待费] }
              - { label: 决算数, role: actual, item: official_reception, groups: [公务接待费] }
            rows:
              - { values: [3.00, 2.40, 80.00, 1.00, ~, 0.00, "?", 0.00, 0.00, 2.00, 2.40] }
        """;

    private readonly ScratchContent _scratch = new();

    public PairedReportsSite()
    {
        _scratch.Report("shanghai-putuo/audit/2024-budget.yaml", Budget);
        _scratch.Report("shanghai-putuo/audit/2024-final-accounts.yaml", Final);
        Output = Path.Combine(_scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(_scratch.Content, Output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
    }

    public string Output { get; }

    public string Content => _scratch.Content;

    public IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    public void Dispose() => _scratch.Dispose();
}
