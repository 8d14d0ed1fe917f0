using AngleSharp.Dom;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Tables;

/// <summary>
/// The whole point of the site is that readers can trust its figures, so every figure of every table
/// of the data is looked for on its table page, in its row and column, and nothing else is there.
/// The pages mark tables, rows and cells with data-table, data-section, data-row and data-col.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class TableFigureTests(BuiltSite site)
{
    [Fact]
    public void Every_table_page_shows_every_figure_of_the_data_in_its_row_and_column_and_nothing_else()
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
                CheckRow($"{where} row {index} ({section.Rows[index].Name})", tr, section.Rows[index], failures);
            }
        }
    }

    private static void CheckRow(string where, IElement tr, TableRow row, FailureList failures)
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
            if (row.Values[column] is not { } value)
            {
                if (!isBlank || AmountText.HasDigit(text))
                {
                    failures.Add($"{where} col {column}: a blank in the data, but the cell shows \"{shown}\"{(isBlank ? string.Empty : " without class=\"blank\"")}");
                }
            }
            else if (isBlank || AmountText.Normalise(text) != AmountText.Expected(value))
            {
                failures.Add($"{where} col {column}: the data has {AmountText.Expected(value)}, the cell shows \"{shown}\"{(isBlank ? " marked blank" : string.Empty)}");
            }
        }
    }
}
