using System.IO.Compression;
using BudgetSiteGen.Building;
using BudgetSiteGen.Exporting;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Building;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Tests.Exporting;

/// <summary>The workbook as a file: the same bytes from every build, kept by incremental builds, and its cells' kinds.</summary>
public sealed class WorkbookFileTests
{
    private const string Workbook = "shanghai-putuo/govoffice/2025-budget/downloads/report.xlsx";

    [Fact]
    public void Two_builds_at_different_times_give_byte_identical_workbooks_whose_entries_carry_no_build_time()
    {
        using var first = new ScratchSite().RealReport("shanghai-putuo/govoffice/2025-budget.yaml").Build();
        // Zip times have a resolution of two seconds: wait past it so a stamped build time would show.
        Thread.Sleep(2100);
        using var second = new ScratchSite().RealReport("shanghai-putuo/govoffice/2025-budget.yaml").Build();

        var bytes = File.ReadAllBytes(Path.Combine(first.Output, Workbook));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second.Output, Workbook)));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, entry => entry.FullName.StartsWith("docProps/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incremental_build_keeps_the_workbooks_of_unchanged_departments_and_rewrites_the_changed_one()
    {
        using var site = new SyntheticSite(9);
        BuildResult Build() => SiteBuilder.Build(new BuildOptions(site.Content, site.Folder("site"), Repository.Themes) { CacheFolder = site.Folder("cache") }, SilentProgress.Instance);
        Assert.True(Build().Succeeded);
        var workbooks = Directory.EnumerateFiles(site.Folder("site"), "report.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(workbooks.Count >= 9, $"{workbooks.Count} workbooks for nine department-years");
        var file = Directory.EnumerateFiles(Path.Combine(site.Content, "reports"), "2023-budget.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var departmentFolder = Path.GetDirectoryName(file)!;
        var department = $"{Path.GetFileName(Path.GetDirectoryName(departmentFolder))}/{Path.GetFileName(departmentFolder)}";
        var changed = workbooks.Single(w => w.Contains($"/{department}/2023-budget/", StringComparison.Ordinal));
        var before = workbooks.ToDictionary(w => w, w => (File.GetLastWriteTimeUtc(w), File.ReadAllBytes(w)));
        // A change outside the tables still gives the department a new data version, which its sheets cite.
        File.WriteAllText(file, File.ReadAllText(file).Replace("协助", "负责协助", StringComparison.Ordinal));
        Thread.Sleep(20);

        Assert.True(Build().Succeeded);

        foreach (var workbook in workbooks.Where(w => !w.Contains($"/{department}/", StringComparison.Ordinal)))
        {
            Assert.Equal(before[workbook].Item1, File.GetLastWriteTimeUtc(workbook));
        }

        Assert.NotEqual(before[changed].Item2, File.ReadAllBytes(changed));
    }

    [Fact]
    public void A_printed_zero_is_a_zero_a_blank_stays_empty_an_unreadable_cell_says_so_and_split_codes_keep_their_leading_zeros()
    {
        var loaded = InlineReport.Load(InlineReport.FinalAccounts(
            "  - number: 5",
            "    title: 一般公共预算财政拨款支出决算表",
            "    stub:",
            "      - { label: 类, field: lei, groups: [科目] }",
            "      - { label: 款, field: kuan, groups: [科目] }",
            "      - { label: 项, field: xiang, groups: [科目] }",
            "      - { label: 科目名称, field: name, groups: [科目] }",
            "    columns: [{ label: 合计 }, { label: 基本支出, groups: [其中] }, { label: 项目支出, groups: [其中] }]",
            "    rows:",
            "      - { code: [\"201\", \"06\", \"01\"], name: 行政运行, values: [8.37, 0.00, \"?\"] }",
            "      - { code: [\"201\", \"06\", \"02\"], name: 一般行政管理事务, values: [10.00, ~, 10.00] }"));
        Assert.Empty(loaded.Diagnostics);
        var year = loaded.Content!.DepartmentYears[0];
        var words = new WorkbookWords(new UiText(ThemeLoader.Load(new ThemeFiles([Path.Combine(Repository.Themes, "default")]), "zh-CN", new BudgetSiteGen.Diagnostics.DiagnosticBag())!.Strings));
        var path = Path.Combine(Path.GetTempPath(), "bsg-workbook-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            File.WriteAllBytes(path, ReportWorkbook.Write(year, words, "0123456789ab"));
            var sheet = Assert.Single(Openpyxl.Read(path));

            Assert.Equal("表5 一般公共预算财政拨款支出决算表", sheet.Name);
            Assert.Contains((3, 1, 3, 4), sheet.Merged);                        // 科目 over 类 款 项 科目名称
            Assert.Contains((3, 5, 4, 5), sheet.Merged);                        // 合计 down both header rows
            Assert.Contains((3, 6, 3, 7), sheet.Merged);                        // 其中 over 基本支出 项目支出
            Assert.Equal(new ReadCell("s", "06", "@"), sheet.At(5, 2));
            Assert.Equal(new ReadCell("s", "01", "@"), sheet.At(5, 3));
            Assert.Equal("n", sheet.At(5, 6)!.Type);
            Assert.Equal(0m, sheet.At(5, 6)!.Number);
            Assert.Equal("无法辨认", sheet.At(5, 7)!.Value);
            Assert.Null(sheet.At(6, 6));
            Assert.Equal(10.00m, sheet.At(6, 7)!.Number);
            Assert.Equal("#,##0.00", sheet.At(6, 7)!.NumberFormat);
            Assert.Contains(sheet.Cells.Values, c => c.Value.StartsWith("标为“无法辨认”", StringComparison.Ordinal));
            Assert.Contains(sheet.Cells.Values, c => c.Value == "数据版本：0123456789ab");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new[] { "表1 收支总表" }, new[] { "表1 收支总表" })]
    [InlineData(new[] { "表6 2024年一般公共预算安排基本支出分经济科目表（不含上年结转）" }, new[] { "表6 2024年一般公共预算安排基本支出分经济科目表（不含上年" })]
    [InlineData(new[] { "表1 收入/支出[汇总]: 合计?*" }, new[] { "表1 收入_支出_汇总__ 合计__" })]
    [InlineData(new[] { "'说明'" }, new[] { "说明" })]
    [InlineData(new[] { "Sheet", "sheet", "SHEET" }, new[] { "Sheet", "sheet (2)", "SHEET (3)" })]
    [InlineData(new[] { "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二" }, new[] { "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "一二三四五六七八九十一二三四五六七八九十一二三四五六七 (2)" })]
    public void Sheet_names_are_what_excel_accepts_and_unique_ignoring_case(string[] wanted, string[] expected)
    {
        Assert.Equal(expected, SheetNames.Unique(wanted));
    }
}
