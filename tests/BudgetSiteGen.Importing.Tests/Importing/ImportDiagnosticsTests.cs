using System.Diagnostics;
using System.Text;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Importing;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Importing;

/// <summary>
/// Whatever an import cannot place is a diagnostic at its workbook, sheet and cell, printed like every other one. The
/// workbooks in problems/ are one small 预算支出总表 each with one mistake, at the cell each test names (see
/// tools/workbook-fixtures/make_workbooks.py).
/// </summary>
public sealed class ImportDiagnosticsTests
{
    private static readonly ImportOptions Options = new("140525", "测试县残疾人联合会", "dpf", ReportKind.Budget, 2024, MoneyUnit.TenThousandYuan);

    private static ImportResult Import(string path) => WorkbookImporter.Import([path], Options, FixtureWorkbook.LayoutNamed("shanxi-budget"));

    private static string Problem(string name) => Path.Combine(FixtureWorkbook.Folder, "problems", name);

    private static Diagnostic Single(ImportResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    [Fact]
    public void The_clean_small_table_imports_with_its_blanks_and_no_problem()
    {
        var result = Import(Problem("clean.xlsx"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code != DiagnosticCodes.LayoutTableMissing);
        var table = Assert.Single(result.Tables);
        Assert.Equal(3, table.Number);
        var rows = table.Sections[0].Rows;
        Assert.Equal(["合计", "社会保障和就业支出", "残疾人事业", "行政运行", "残疾人康复"], rows.Select(r => r.Name));
        Assert.Equal([60.00m, 60.00m, null], rows[3].Values);
        Assert.Contains("- { code: \"2081101\", name: 行政运行, values: [60.00, 60.00, ~] }", result.DataFile, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_stays_a_figure_and_a_blank_stays_blank()
    {
        var result = Import(Problem("zero-and-blank.xlsx"));

        var rows = Assert.Single(result.Tables).Sections[0].Rows;
        Assert.Equal([60.00m, 60.00m, 0.00m], rows[3].Values);
        Assert.Equal([40.00m, null, 40.00m], rows[4].Values);
        Assert.Contains("name: 行政运行, values: [60.00, 60.00, 0.00] }", result.DataFile, StringComparison.Ordinal);
        Assert.Contains("name: 残疾人康复, values: [40.00, ~, 40.00] }", result.DataFile, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_whose_title_the_layout_does_not_know_is_an_error_at_its_title_and_a_cover_sheet_a_warning()
    {
        var result = Import(Problem("unknown-sheet.xlsx"));

        var unknown = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.SheetNotInLayout).ToList();
        var error = Assert.Single(unknown, d => d.Severity == Severity.Error);
        Assert.Equal("汇总", error.Location.Sheet);
        Assert.EndsWith("unknown-sheet.xlsx!汇总!A1", error.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("2024年部门收支预算汇总表", error.Message, StringComparison.Ordinal);
        var cover = Assert.Single(unknown, d => d.Severity == Severity.Warning);
        Assert.Equal("封面", cover.Location.Sheet);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_header_that_matches_no_role_is_an_error_at_the_header_cell()
    {
        var result = Import(Problem("header-no-role.xlsx"));

        var d = Single(result, DiagnosticCodes.HeaderMatchesNoRole);
        Assert.EndsWith("header-no-role.xlsx!预算公开表3!E5", d.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("预计数", d.Message, StringComparison.Ordinal);
        Assert.Contains("2024年预算数", d.Message, StringComparison.Ordinal);
        Assert.Null(result.DataFile);
    }

    [Fact]
    public void Text_in_an_amount_cell_is_an_error_at_that_cell()
    {
        var result = Import(Problem("text-in-amount.xlsx"));

        var d = Single(result, DiagnosticCodes.TextInAmountCell);
        Assert.Equal((9, 3), (d.Location.Line, d.Location.Column));
        Assert.EndsWith("!预算公开表3!C9", d.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("待定", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_merged_across_two_columns_of_figures_is_an_error_at_the_merged_cell()
    {
        var result = Import(Problem("merged-amounts.xlsx"));

        var d = Single(result, DiagnosticCodes.MergedAcrossAmounts);
        Assert.EndsWith("!预算公开表3!D10", d.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("D10–E10", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coded_table_without_its_total_row_is_warned_about_where_the_total_row_belongs()
    {
        var result = Import(Problem("no-total-row.xlsx"));

        var d = Single(result, DiagnosticCodes.TotalRowMissing);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.EndsWith("!预算公开表3!A6", d.Location.ToString(), StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_stored_value_that_is_not_the_decimal_shown_is_refused_rather_than_rounded()
    {
        var result = Import(Problem("not-as-shown.xlsx"));

        var d = Single(result, DiagnosticCodes.AmountNotAsShown);
        Assert.EndsWith("!预算公开表3!D9", d.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("shows 0.30 but holds 0.30000000000000004", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_stored_as_text_with_thousands_separators_are_read_exactly()
    {
        // Table 3 of the Zezhou workbook holds its figures as text: "1,806.23".
        var result = FixtureWorkbook.All["zezhou"].Import();

        var table = result.Tables.Single(t => t.Number == 3);
        var total = table.Sections[0].Rows[0];
        Assert.Equal("合计", total.Name);
        Assert.Equal([1806.23m, 294.84m, 1511.39m], total.Values);
    }

    [Fact]
    public void Hidden_rows_and_columns_are_left_out_and_said_so()
    {
        // The Shanghai final accounts carry a hidden 栏次 row and a hidden column of unit codes on every sheet.
        var result = FixtureWorkbook.All["finance"].Import();

        var hidden = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.HiddenCellsSkipped).ToList();
        Assert.Equal(9, hidden.Count);
        Assert.All(hidden, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.DoesNotContain(result.Tables.SelectMany(t => t.Sections).SelectMany(s => s.Rows), row => row.Name == "栏次");
    }

    [Fact]
    public void A_workbook_protected_by_a_password_is_refused_with_how_to_save_it_without()
    {
        var result = Import(Path.Combine(FixtureWorkbook.Folder, "zezhou-password-2024.xlsx"));

        var d = Single(result, DiagnosticCodes.WorkbookProtected);
        Assert.Contains("password", d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Tables);
    }

    [Fact]
    public void An_excel_2_worksheet_renamed_xls_is_refused_as_an_old_format()
    {
        using var scratch = new ScratchFolder();
        // BIFF2: a BOF record (0x0009, version 2, worksheet), one LABEL record and EOF.
        byte[] biff2 = [0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0x04, 0x00, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0A, 0x00, 0x00, 0x00];
        var path = scratch.Write("old.xls", biff2);

        var d = Single(Import(path), DiagnosticCodes.WorkbookOldFormat);
        Assert.Contains("Excel 2.x–4.0", d.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", d.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_saved_as_xls_is_refused_as_not_a_workbook()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("export.xls", Encoding.UTF8.GetBytes("<html><body><table><tr><td>合计</td><td>100</td></tr></table></body></html>"));

        var d = Single(Import(path), DiagnosticCodes.WorkbookUnreadable);
        Assert.Contains("HTML", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_workbook_is_refused_by_its_size_quickly_and_without_reading_it()
    {
        using var scratch = new ScratchFolder();
        var path = Path.Combine(scratch.Root, "huge.xlsx");
        using (var stream = File.Create(path))
        {
            stream.Write("PK\u0003\u0004"u8);
            stream.SetLength(50L * 1024 * 1024);
        }

        var layout = FixtureWorkbook.LayoutNamed("shanxi-budget");
        // Counted on this thread only: the import runs on it, and other tests allocate beside it.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = WorkbookImporter.Import([path], Options, layout);
        clock.Stop();

        var d = Single(result, DiagnosticCodes.WorkbookTooLarge);
        Assert.Contains("50 MB", d.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "the refused workbook was read into memory");
    }

    [Fact]
    public void A_sheet_longer_than_any_report_table_stops_being_read_at_the_bound()
    {
        var result = Import(Problem("too-many-rows.xlsx"));

        var d = Single(result, DiagnosticCodes.WorkbookTooLarge);
        Assert.EndsWith("!预算公开表3!A5001", d.Location.ToString(), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Import_diagnostics_print_the_workbook_sheet_and_cell_like_any_other_place()
    {
        var location = SourceLocation.InSheet("book.xlsx", "表 3", row: 11, column: 2);

        Assert.Equal("book.xlsx!'表 3'!C12", location.ToString());
        Assert.Equal("b.yaml:4:7", new SourceLocation("b.yaml", 4, 7).ToString());
    }
}
