namespace BudgetSiteGen.Diagnostics;

/// <summary>
/// The diagnostics of one file. Caps how many it keeps, so that a file of garbage cannot flood
/// the output or memory, and attaches the offending source line to each diagnostic.
/// </summary>
public sealed class DiagnosticSink(string file, SourceText? text, int limit = 100)
{
    private readonly List<Diagnostic> _items = [];
    private int _dropped;

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Error(string code, int line, int column, string message, string? expected = null) =>
        Report(code, Severity.Error, line, column, message, expected);

    public void Warning(string code, int line, int column, string message, string? expected = null) =>
        Report(code, Severity.Warning, line, column, message, expected);

    public void Report(string code, Severity severity, int line, int column, string message, string? expected)
    {
        if (_items.Count >= limit)
        {
            _dropped++;
            return;
        }

        _items.Add(new Diagnostic(code, severity, new SourceLocation(File, line, column), message, expected)
        {
            SourceLine = text?.Line(line),
        });
    }

    /// <summary>The diagnostics, plus a note when some were dropped because the limit was reached.</summary>
    public IEnumerable<Diagnostic> Drain()
    {
        foreach (var item in _items)
        {
            yield return item;
        }

        if (_dropped > 0)
        {
            yield return new Diagnostic(
                _items[^1].Code,
                Severity.Error,
                _items[^1].Location,
                $"{_dropped} more problems in this file were not listed; fix the ones above first.");
        }
    }
}
