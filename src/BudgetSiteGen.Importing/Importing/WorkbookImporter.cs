using System.Globalization;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;
using BudgetSiteGen.Model.Layouts;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Turns the workbooks a budget system exports (one sheet per table) into the report's data file. Each sheet is
/// recognised by its printed title among the layout's tables; its header is resolved to the layout's column roles and
/// its rows are read with exact figures. The narrative and cards are not in workbooks: the data file leaves them for
/// the person to write, marked, and <c>check</c> names what is still missing.
/// </summary>
public static class WorkbookImporter
{
    public static ImportResult Import(IReadOnlyList<string> workbooks, ImportOptions options, ReportLayout layout)
    {
        var tables = new List<ImportedTable>();
        var diagnostics = new List<Diagnostic>();
        var hasErrors = false;
        foreach (var workbook in workbooks)
        {
            var problems = new ImportProblems(workbook);
            foreach (var grid in WorkbookReader.Read(workbook, options.Limits, problems))
            {
                if (ReadSheet(grid, layout, workbook, problems) is not { } table)
                {
                    continue;
                }

                if (tables.FirstOrDefault(other => other.Number == table.Number) is { } earlier)
                {
                    problems.Error(DiagnosticCodes.TableInTwoSheets, grid.Name, new CellAddress(0, 0),
                        $"sheet '{grid.Name}' holds table {table.Number} ({table.Title}), already read from sheet '{earlier.Sheet}' of {Path.GetFileName(earlier.Workbook)}.",
                        "each table of the report in one sheet");
                    continue;
                }

                tables.Add(table);
            }

            diagnostics.AddRange(problems.Items);
            hasErrors |= problems.HasErrors;
        }

        if (workbooks.Count > 0 && !hasErrors)
        {
            foreach (var missing in layout.Tables.Where(expected => tables.TrueForAll(table => table.Number != expected.Number)))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutTableMissing, Severity.Warning, SourceLocation.StartOf(workbooks[0]),
                    $"no sheet holds table {missing.Number} of layout '{layout.Id}' ({missing.Title}); the data file will not have it.",
                    "a sheet titled with the table's title, if the report prints it"));
            }
        }

        tables.Sort((a, b) => a.Number.CompareTo(b.Number));
        var dataFile = hasErrors ? null : ReportYamlWriter.Write(tables, options, layout, workbooks.Select(Path.GetFileName).OfType<string>().ToList());
        return new ImportResult(tables, dataFile, diagnostics);
    }

    private static ImportedTable? ReadSheet(SheetGrid grid, ReportLayout layout, string workbook, ImportProblems problems)
    {
        var preamble = SheetPreamble.Read(grid);
        var table = preamble.Title is { } title ? TableTitled(title, layout) : null;
        if (table is null)
        {
            var hasFigures = Enumerable.Range(0, grid.RowCount).Any(row => Enumerable.Range(0, grid.ColumnCount).Any(column => grid.Stored(row, column)?.Value is double));
            var shown = preamble.Title is null ? "no title" : $"the title '{preamble.Title}'";
            var message = $"sheet '{grid.Name}' has {shown}, which names no table of layout '{layout.Id}'" + (hasFigures ? "." : "; it holds no figures and was skipped.");
            var expected = "a title naming one of: " + string.Join(", ", layout.Tables.Select(t => t.Title));
            if (hasFigures)
            {
                problems.Error(DiagnosticCodes.SheetNotInLayout, grid.Name, preamble.TitleCell, message, expected);
            }
            else
            {
                problems.Warning(DiagnosticCodes.SheetNotInLayout, grid.Name, preamble.TitleCell, message, expected);
            }

            return null;
        }

        return new SheetTableReader(grid, layout, table, problems).Read(preamble, workbook);
    }

    /// <summary>
    /// The layout's table whose title the printed title contains ("2024年预算收入总表" holds 预算收入总表); the longest
    /// wins, since 一般公共预算财政拨款支出决算表 also contains 支出决算表.
    /// </summary>
    public static LayoutTable? TableTitled(string printed, ReportLayout layout)
    {
        var normal = HeaderText.Normalise(printed);
        return layout.Tables
            .Where(table => normal.Contains(HeaderText.Normalise(table.Title), StringComparison.Ordinal))
            .OrderByDescending(table => table.Title.Length)
            .FirstOrDefault();
    }

    /// <summary>The report's printed title when none is given: how budget and final-accounts reports are titled.</summary>
    public static string DefaultTitle(ImportOptions options) => options.Kind == ReportKind.Budget
        ? string.Create(CultureInfo.InvariantCulture, $"{options.DepartmentName}{options.Year}年部门预算")
        : string.Create(CultureInfo.InvariantCulture, $"{options.DepartmentName}{options.Year}年度部门决算");
}
