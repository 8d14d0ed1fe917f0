using System.Globalization;
using System.Security.Cryptography;
using BudgetSiteGen.Building;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Exporting;

/// <summary>The site of the four real reports, built once for the workbook tests that read it.</summary>
public sealed class BuiltSeeds : IDisposable
{
    public BuiltSeeds()
    {
        var result = SiteBuilder.Build(new BuildOptions(Repository.Content, Output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded);
    }

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "bsg-workbook-" + Guid.NewGuid().ToString("N"));

    public string Workbook(DepartmentYear year) =>
        Path.Combine(Output, SitePaths.DepartmentYearFolder(Seeds.Content.Jurisdictions.Single(j => j.Code == year.JurisdictionCode), year), "downloads/report.xlsx");

    public void Dispose() => Directory.Delete(Output, recursive: true);
}

/// <summary>
/// Each report's Excel workbook, opened by openpyxl (which shares no code with the exporter) and compared with the
/// content as loaded: every table a sheet, every figure where the printed table has it, blank cells blank.
/// </summary>
public sealed class ReportWorkbookTests(BuiltSeeds site) : IClassFixture<BuiltSeeds>
{
    [Fact]
    public void Every_figure_of_every_report_reads_back_in_openpyxl_as_the_content_has_it_with_blanks_left_blank()
    {
        var figures = 0;
        var blanks = 0;
        foreach (var year in Seeds.Content.DepartmentYears)
        {
            var workbook = site.Workbook(year);
            var sheets = Openpyxl.Read(workbook);
            var stored = StoredCells.Numbers(workbook);
            var tables = year.Tables.OrderBy(t => t.Number).ToList();
            Assert.Equal(tables.Count, sheets.Count);
            for (var i = 0; i < tables.Count; i++)
            {
                var (f, b) = PrintedAsTheTable(tables[i], sheets[i], stored[sheets[i].Name]);
                figures += f;
                blanks += b;
            }
        }

        Assert.True(figures > 1000, $"only {figures} figures compared");
        Assert.True(blanks > 500, $"only {blanks} blank cells compared");
    }

    [Fact]
    public void Each_sheet_cites_the_source_document_and_the_data_version_under_the_table()
    {
        foreach (var year in Seeds.Content.DepartmentYears)
        {
            var version = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(year.SourceFile)))[..12];
            foreach (var sheet in Openpyxl.Read(site.Workbook(year)))
            {
                var texts = sheet.Cells.Values.Where(c => c.Type == "s").Select(c => c.Value).ToList();
                Assert.Contains($"数据版本：{version}", texts);
                Assert.Contains(texts, t => t.Contains(year.Source!.Title, StringComparison.Ordinal));
                if (year.Source!.Sha256 is { } sha256)
                {
                    Assert.Contains(texts, t => t.Contains(sha256, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void Every_workbook_is_valid_office_open_xml_so_excel_opens_it_without_a_repair()
    {
        foreach (var year in Seeds.Content.DepartmentYears)
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(site.Workbook(year), isEditable: false);
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        }
    }

    [Fact]
    public void Sheet_names_are_unique_and_within_excels_31_characters()
    {
        foreach (var year in Seeds.Content.DepartmentYears)
        {
            var names = Openpyxl.Read(site.Workbook(year)).Select(s => s.Name).ToList();
            Assert.All(names, name => Assert.InRange(name.Length, 1, 31));
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.StartsWith("表1 ", names[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_manifest_lists_each_workbook_with_its_sha256_and_the_downloads_page_links_it_with_its_size()
    {
        var manifest = File.ReadAllLines(Path.Combine(site.Output, "manifest-sha256.txt"));
        foreach (var year in Seeds.Content.DepartmentYears)
        {
            var workbook = site.Workbook(year);
            var path = Path.GetRelativePath(site.Output, workbook).Replace('\\', '/');
            Assert.Contains($"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(workbook)))}  {path}", manifest);

            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(workbook)!)!, "downloads.html")));
            var link = Assert.Single(page.QuerySelectorAll("a[href$='/downloads/report.xlsx']"));
            var kilobytes = Math.Round(new FileInfo(workbook).Length / 1024m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
            Assert.Contains($"{kilobytes} KB", link.ParentElement!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Excel", link.TextContent, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Checks one sheet against its table as the report prints it: title in A1, the unit line in row 2, then (for
    /// tables printed in blocks side by side) the block names, the header rows, and the rows. Returns the figures
    /// and blanks compared.
    /// </summary>
    internal static (int Figures, int Blanks) PrintedAsTheTable(BudgetTable table, ReadSheet sheet, IReadOnlyDictionary<string, string> stored)
    {
        Assert.Equal(table.FullTitle, sheet.At(1, 1)?.Value);
        Assert.Contains(sheet.Cells, c => c.Key.Row == 2 && c.Value.Value == $"单位：{table.Unit.Symbol()}");
        var blocks = table.Sections.Count > 1;
        var depth = table.Sections.SelectMany(s => s.Stub.Select(c => c.Groups.Count).Concat(s.Columns.Select(c => c.Groups.Count))).DefaultIfEmpty(0).Max() + 1;
        var headerTop = blocks ? 4 : 3;
        var bodyTop = headerTop + depth;
        var texts = sheet.Cells.Values.Where(c => c.Type == "s").Select(c => c.Value).ToList();
        if (table.NoData)
        {
            Assert.Contains(texts, t => t.Contains("本表无数据", StringComparison.Ordinal));
        }

        if (table.Note is { } note)
        {
            Assert.Contains(note, texts);
        }

        var figures = 0;
        var blanks = 0;
        var left = 1;
        foreach (var section in table.Sections)
        {
            var stub = section.Stub.Count > 0 ? section.Stub.Select(s => (s.Field, s.Label, s.Groups)).ToList()
                : section.Rows.All(r => string.IsNullOrEmpty(r.Name)) ? []
                : [(StubField.Name, "项目", (IReadOnlyList<string>)[])];
            if (blocks && section.Title is { } title)
            {
                Assert.Equal(title, sheet.Shown(3, left)?.Value);
            }

            for (var c = 0; c < stub.Count + section.Columns.Count; c++)
            {
                var (label, groups) = c < stub.Count ? (stub[c].Label, stub[c].Groups) : (section.Columns[c - stub.Count].Label, section.Columns[c - stub.Count].Groups);
                Assert.Equal([.. groups, label], HeaderPath(sheet, left + c, headerTop, bodyTop));
            }

            for (var r = 0; r < section.Rows.Count; r++)
            {
                var row = section.Rows[r];
                var at = bodyTop + r;
                for (var s = 0; s < stub.Count; s++)
                {
                    var expected = stub[s].Field switch
                    {
                        StubField.Name => row.Name,
                        StubField.Class => row.Class ?? string.Empty,
                        StubField.Code => row.Code?.Value ?? string.Empty,
                        StubField.Lei => row.Code?.Value is { Length: >= 3 } lei ? lei[..3] : string.Empty,
                        StubField.Kuan => row.Code?.Value is { Length: >= 5 } kuan ? kuan[3..5] : string.Empty,
                        _ => row.Code?.Value is { Length: >= 7 } xiang ? xiang[5..7] : string.Empty,
                    };
                    var cell = sheet.At(at, left + s);
                    Assert.True(expected == (cell?.Value ?? string.Empty), $"table {table.Number} row {r}: '{cell?.Value}' where the content has '{expected}'");
                    Assert.True(cell is null || cell.Type == "s", $"table {table.Number} row {r}: {cell?.Value} is not stored as text");
                }

                for (var v = 0; v < section.Columns.Count; v++)
                {
                    var column = left + stub.Count + v;
                    var cell = sheet.At(at, column);
                    var where = $"table {table.Number} '{row.Name}' column '{section.Columns[v].Label}'";
                    if (row.IsUnreadable(v))
                    {
                        Assert.Equal("无法辨认", cell?.Value);
                    }
                    else if (row.Values[v] is { } value)
                    {
                        Assert.True(cell is { Type: "n" }, $"{where}: {cell?.Value ?? "nothing"} where the content has {value}");
                        Assert.Equal(value, cell!.Number);
                        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), stored[$"{Column(column)}{at}"]);
                        Assert.StartsWith(table.Decimals > 0 ? "#,##0." + new string('0', table.Decimals) : "#,##0", cell.NumberFormat, StringComparison.Ordinal);
                        figures++;
                    }
                    else
                    {
                        Assert.True(cell is null, $"{where}: {cell?.Value} where the content has a blank");
                        blanks++;
                    }
                }
            }

            left += stub.Count + section.Columns.Count;
        }

        return (figures, blanks);
    }

    /// <summary>The header texts above a column, top to bottom: each merged range once, at its first row.</summary>
    private static List<string> HeaderPath(ReadSheet sheet, int column, int top, int bodyTop)
    {
        var path = new List<string>();
        for (var row = top; row < bodyTop; row++)
        {
            var range = sheet.Merged.FirstOrDefault(m => row >= m.FirstRow && row <= m.LastRow && column >= m.FirstColumn && column <= m.LastColumn);
            var starts = range == default ? sheet.At(row, column) is not null : range.FirstRow == row;
            if (starts && sheet.Shown(row, column) is { } cell)
            {
                path.Add(cell.Value);
            }
        }

        return path;
    }

    private static string Column(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
