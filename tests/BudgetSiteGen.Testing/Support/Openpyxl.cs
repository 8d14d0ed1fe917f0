using System.Diagnostics;
using System.Text.Json;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// Opens a workbook with Python's openpyxl, a reader that shares no code with the exporter, and returns what it
/// sees: each sheet's cells (type, value, number format) and merged ranges. Numbers come back as Python prints the
/// float it read, so the figures a spreadsheet user would see are what the tests compare with the model.
/// Fails, never skips, when Debian's python3 or its openpyxl is missing (tests/install-test-dependencies.sh installs it).
/// </summary>
public static class Openpyxl
{
    /// <summary>Debian's interpreter, where python3-openpyxl installs; a python3 earlier on PATH may be another one.</summary>
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import json, sys
        import openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheets = []
        for sheet in book.worksheets:
            cells = []
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    value = repr(cell.value) if cell.data_type == "n" else str(cell.value)
                    cells.append([cell.row, cell.column, cell.data_type, value, cell.number_format])
            merged = [[r.min_row, r.min_col, r.max_row, r.max_col] for r in sheet.merged_cells.ranges]
            sheets.append({"name": sheet.title, "cells": cells, "merged": merged})
        json.dump(sheets, sys.stdout, ensure_ascii=False)
        """;

    public static IReadOnlyList<ReadSheet> Read(string workbook)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: run tests/install-test-dependencies.sh (it installs python3-openpyxl)");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(workbook);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"openpyxl could not read {workbook} (run tests/install-test-dependencies.sh if it is missing): {error.Result}");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Select(ReadSheet.Of).ToList();
    }
}

/// <summary>One sheet as openpyxl read it: cells by (row, column), 1-based, and merged ranges.</summary>
public sealed record ReadSheet(string Name, IReadOnlyDictionary<(int Row, int Column), ReadCell> Cells, IReadOnlyList<(int FirstRow, int FirstColumn, int LastRow, int LastColumn)> Merged)
{
    public static ReadSheet Of(JsonElement sheet) => new(
        sheet.GetProperty("name").GetString()!,
        sheet.GetProperty("cells").EnumerateArray().ToDictionary(
            c => (c[0].GetInt32(), c[1].GetInt32()),
            c => new ReadCell(c[2].GetString()!, c[3].GetString()!, c[4].GetString()!)),
        sheet.GetProperty("merged").EnumerateArray().Select(m => (m[0].GetInt32(), m[1].GetInt32(), m[2].GetInt32(), m[3].GetInt32())).ToList());

    public ReadCell? At(int row, int column) => Cells.GetValueOrDefault((row, column));

    /// <summary>What a reader sees at a cell: its own value, or that of the merged range covering it.</summary>
    public ReadCell? Shown(int row, int column)
    {
        var range = Merged.FirstOrDefault(m => row >= m.FirstRow && row <= m.LastRow && column >= m.FirstColumn && column <= m.LastColumn);
        return range == default ? At(row, column) : At(range.FirstRow, range.FirstColumn);
    }

    public int LastColumn => Cells.Keys.Select(k => k.Column).DefaultIfEmpty(0).Max();
}

/// <summary>A cell as openpyxl read it: its type ("n" number, "s" text), its value as text, its number format.</summary>
public sealed record ReadCell(string Type, string Value, string NumberFormat)
{
    public decimal Number => decimal.Parse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
