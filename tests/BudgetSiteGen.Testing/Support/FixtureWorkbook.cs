using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Importing;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// The fixture workbooks of the four reports in content/ (made by tools/workbook-fixtures/make_workbooks.py as budget
/// systems export them), with what the command line would be told about each.
/// </summary>
public sealed record FixtureWorkbook(string Workbook, string ContentFile, string Layout, ImportOptions Options)
{
    public static readonly IReadOnlyDictionary<string, FixtureWorkbook> All = new Dictionary<string, FixtureWorkbook>(StringComparer.Ordinal)
    {
        ["zezhou"] = new("zezhou-dpf-2024-budget.xlsx", "reports/zezhou/dpf/2024-budget.yaml", "shanxi-budget",
            new ImportOptions("140525", "泽州县残疾人联合会", "dpf", ReportKind.Budget, 2024, MoneyUnit.TenThousandYuan) { DepartmentCode = "059" }),
        ["changzhi"] = new("changzhi-dpf-2024-budget.xls", "reports/changzhi/dpf/2024-budget.yaml", "shanxi-budget",
            new ImportOptions("140400", "长治市残疾人联合会", "dpf", ReportKind.Budget, 2024, MoneyUnit.TenThousandYuan)),
        ["govoffice"] = new("putuo-govoffice-2025-budget.xlsx", "reports/shanghai-putuo/govoffice/2025-budget.yaml", "shanghai-budget",
            new ImportOptions("310107", "上海市普陀区人民政府办公室", "govoffice", ReportKind.Budget, 2025, MoneyUnit.Yuan)),
        ["finance"] = new("putuo-finance-2024-final-accounts.xlsx", "reports/shanghai-putuo/finance/2024-final-accounts.yaml", "shanghai-final-accounts",
            new ImportOptions("310107", "上海市普陀区财政局", "finance", ReportKind.FinalAccounts, 2024, MoneyUnit.TenThousandYuan)),
    };

    public static string Folder => System.IO.Path.Combine(Repository.TestData, "workbooks");

    public string Path => System.IO.Path.Combine(Folder, Workbook);

    public static ReportLayout LayoutNamed(string id)
    {
        var layouts = LayoutLibrary.Load(Repository.Content, new DiagnosticBag());
        return layouts[id];
    }

    public ImportResult Import() => WorkbookImporter.Import([Path], Options, LayoutNamed(Layout));
}
