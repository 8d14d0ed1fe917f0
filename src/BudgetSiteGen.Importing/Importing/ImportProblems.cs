using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Importing;

/// <summary>The diagnostics of one workbook, each at its sheet and cell, so every problem of an import is reported at once.</summary>
public sealed class ImportProblems(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void InWorkbook(string code, string message, string? expected = null) =>
        _items.Add(new Diagnostic(code, Severity.Error, SourceLocation.StartOf(File), message, expected));

    public void Error(string code, string sheet, CellAddress cell, string message, string? expected = null) =>
        Add(code, Severity.Error, sheet, cell, message, expected);

    public void Warning(string code, string sheet, CellAddress cell, string message, string? expected = null) =>
        Add(code, Severity.Warning, sheet, cell, message, expected);

    private void Add(string code, Severity severity, string sheet, CellAddress cell, string message, string? expected) =>
        _items.Add(new Diagnostic(code, severity, SourceLocation.InSheet(File, sheet, cell.Row, cell.Column), message, expected));
}
