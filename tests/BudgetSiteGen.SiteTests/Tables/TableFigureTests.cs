using AngleSharp.Dom;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Tables;

/// <summary>
/// The whole point of the site is that readers can trust its figures, so every figure of every table
/// of the data is looked for on its table page, in its row and column, and nothing else is there.
/// The pages mark tables, rows and cells with data-table, data-section, data-row and data-col.
/// A screen reader must hear each figure with its row: every figure names its headers, which must be
/// header cells of the page, including the row's own header (the name, and the whole code where it is
/// printed in 类/款/项 parts) whenever the row has a label.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class TableFigureTests(BuiltSite site)
{
    [Fact]
    public void Every_table_page_shows_every_figure_of_the_data_in_its_row_and_column_and_nothing_else() => AssertFiguresInPlace(site);

    internal static void AssertFiguresInPlace(BuiltSite site)
    {
        var loaded = ContentLoader.Load(site.ContentFolder);
        Assert.True(loaded.Content is not null, "the content did not load");
        var content = loaded.Content!;
        var failures = new FailureList();
        var tables = 0;
        foreach (var year in content.DepartmentYears)
        {
            var jurisdiction = content.Jurisdictions.Single(j => j.Code == year.JurisdictionCode);
            foreach (var table in year.Tables)
            {
                tables++;
                var path = TablePagePaths.For(jurisdiction, year, table);
                if (!File.Exists(site.FileOf(path)))
                {
                    failures.Add($"{path}: missing (table {table.Number} {table.Title} of {year.Department.Name} {year.Report.Year})");
                    continue;
                }

                CheckPage(path, HtmlFiles.Parse(site.FileOf(path)), table, failures);
            }
        }

        Assert.True(tables > 0, "the content has no tables to look for");
        failures.AssertNone($"the table pages against the data ({tables} tables)");
    }

    private static void CheckPage(string path, IDocument page, BudgetTable table, FailureList failures)
    {
        var expected = table.Sections.ToDictionary(section => section.Id ?? "main", StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in page.QuerySelectorAll("table.budget-table"))
        {
            var number = element.GetAttribute("data-table");
            var sectionId = element.GetAttribute("data-section") ?? "(none)";
            var where = $"{path}: table data-table={number ?? "(none)"} data-section={sectionId}";
            if (number != table.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                failures.Add($"{where} is not table {table.Number}, the table of this page");
            }
            else if (!expected.TryGetValue(sectionId, out var section))
            {
                failures.Add($"{where}: table {table.Number} has no such section (it has {string.Join(", ", expected.Keys)})");
            }
            else if (!found.Add(sectionId))
            {
                failures.Add($"{where} appears more than once");
            }
            else
            {
                CheckSection(where, element, section, failures);
            }
        }

        foreach (var missing in expected.Keys.Except(found))
        {
            failures.Add($"{path}: no <table class=\"budget-table\" data-table=\"{table.Number}\" data-section=\"{missing}\">");
        }
    }

    private static void CheckSection(string where, IElement element, TableSection section, FailureList failures)
    {
        var rows = element.QuerySelectorAll("tr").Where(tr => tr.HasAttribute("data-row") || tr.QuerySelector("td[data-col]") is not null).ToList();
        var indices = rows.Select(tr => int.TryParse(tr.GetAttribute("data-row"), out var index) ? index : -1).ToList();
        var expectedIndices = Enumerable.Range(0, section.Rows.Count).ToList();
        if (!indices.SequenceEqual(expectedIndices))
        {
            failures.Add($"{where}: rows are data-row [{string.Join(",", indices)}] but the data has {section.Rows.Count} rows, 0 to {section.Rows.Count - 1} in order"
                + " (-1 is a row with amount cells and no valid data-row)");
        }

        foreach (var (tr, index) in rows.Zip(indices))
        {
            if (index >= 0 && index < section.Rows.Count)
            {
                CheckRow($"{where} row {index} ({section.Rows[index].Name})", tr, section, section.Rows[index], failures);
                CheckLabels($"{where} row {index} ({section.Rows[index].Name})", tr, section, section.Rows[index], failures);
            }
        }
    }

    private static void CheckRow(string where, IElement tr, TableSection section, TableRow row, FailureList failures)
    {
        var cells = tr.Children.Where(cell => cell.LocalName == "td" && cell.HasAttribute("data-col")).ToList();
        var columns = cells.Select(td => int.TryParse(td.GetAttribute("data-col"), out var column) ? column : -1).ToList();
        if (!columns.Order().SequenceEqual(Enumerable.Range(0, row.Values.Count)))
        {
            failures.Add($"{where}: amount cells are data-col [{string.Join(",", columns)}] but the data has {row.Values.Count} values, 0 to {row.Values.Count - 1}");
        }

        foreach (var (td, column) in cells.Zip(columns))
        {
            if (column < 0 || column >= row.Values.Count)
            {
                continue;
            }

            var text = AmountText.Of(td);
            var shown = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var isBlank = td.ClassList.Contains("blank");
            if (row.IsUnreadable(column))
            {
                // What it says for screen readers ("不是空白，也不是0") may hold a digit; what it shows must not.
                if (isBlank || !td.ClassList.Contains("unreadable") || AmountText.HasDigit(Shown(td)))
                {
                    failures.Add($"{where} col {column}: unreadable in the data, but the cell shows \"{shown}\" with class \"{td.ClassName}\"");
                }
            }
            else if (row.Values[column] is not { } value)
            {
                if (!isBlank || AmountText.HasDigit(text))
                {
                    failures.Add($"{where} col {column}: a blank in the data, but the cell shows \"{shown}\"{(isBlank ? string.Empty : " without class=\"blank\"")}");
                }
            }
            else
            {
                var expected = AmountText.Expected(value) + (section.Columns[column].IsPercent ? "%" : string.Empty);
                if (isBlank || AmountText.Normalise(text) != expected)
                {
                    failures.Add($"{where} col {column}: the data has {expected}, the cell shows \"{shown}\"{(isBlank ? " marked blank" : string.Empty)}");
                }
            }
        }
    }

    /// <summary>
    /// The row's labels: its header cell says its name (and its whole code when the code is printed in parts), the
    /// 类/款/项 cells show the parts as printed, a row without any label has no header cell, and every figure names
    /// header cells that exist, its row header among them.
    /// </summary>
    private static void CheckLabels(string where, IElement tr, TableSection section, TableRow row, FailureList failures)
    {
        var rowHeader = tr.Children.FirstOrDefault(cell => cell.LocalName == "th" && cell.GetAttribute("scope") == "row");
        var labelled = section.Stub.Count > 0 || !string.IsNullOrEmpty(row.Name);
        if (!labelled)
        {
            if (tr.Children.Any(cell => cell.LocalName == "th"))
            {
                failures.Add($"{where}: the row has no label in the data, but the page gives it a header cell");
            }
        }
        else if (rowHeader is null || string.IsNullOrWhiteSpace(rowHeader.TextContent))
        {
            failures.Add($"{where}: the row has no header cell with text");
        }
        else
        {
            if (!rowHeader.TextContent.Contains(row.Name, StringComparison.Ordinal))
            {
                failures.Add($"{where}: the row header says \"{rowHeader.TextContent}\", not the name");
            }

            var split = section.Stub.Any(stub => stub.Field is StubField.Lei or StubField.Kuan or StubField.Xiang);
            if (split && row.Code is { } code && !rowHeader.TextContent.Contains(code.Value, StringComparison.Ordinal))
            {
                failures.Add($"{where}: the code is printed in parts, but the row header \"{rowHeader.TextContent}\" does not say {code.Value}");
            }
        }

        foreach (var (field, css) in new[] { (StubField.Lei, "code-lei"), (StubField.Kuan, "code-kuan"), (StubField.Xiang, "code-xiang") })
        {
            if (section.Stub.All(stub => stub.Field != field))
            {
                continue;
            }

            var shown = tr.Children.FirstOrDefault(cell => cell.ClassList.Contains(css))?.TextContent;
            var expected = CodePart(row.Code?.Value ?? string.Empty, field);
            if (shown != expected)
            {
                failures.Add($"{where}: the {css} cell shows \"{shown ?? "(no cell)"}\", the code {row.Code?.Value ?? "(none)"} has \"{expected}\" there");
            }
        }

        var page = tr.Owner!;
        foreach (var td in tr.Children.Where(cell => cell.LocalName == "td" && cell.HasAttribute("data-col")))
        {
            var ids = (td.GetAttribute("headers") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var missing = ids.Where(id => page.GetElementById(id) is not { LocalName: "th" }).ToList();
            if (ids.Length == 0 || missing.Count > 0)
            {
                failures.Add($"{where} col {td.GetAttribute("data-col")}: headers=\"{td.GetAttribute("headers")}\" names no header cell or ones that are not th: {string.Join(", ", missing)}");
            }
            else if (rowHeader?.Id is { } rowId && !ids.Contains(rowId))
            {
                failures.Add($"{where} col {td.GetAttribute("data-col")}: headers=\"{td.GetAttribute("headers")}\" leaves out the row header {rowId}");
            }
        }
    }

    private static string Shown(IElement cell)
    {
        var copy = (IElement)cell.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent;
    }

    /// <summary>The 类 (3 digits), 款 (next 2) or 项 (last 2) of a joined code, as a layout printing them apart shows them.</summary>
    private static string CodePart(string code, StubField field) => field switch
    {
        StubField.Lei => code.Length >= 3 ? code[..3] : code,
        StubField.Kuan => code.Length >= 5 ? code[3..5] : string.Empty,
        _ => code.Length >= 7 ? code[5..7] : string.Empty,
    };
}
