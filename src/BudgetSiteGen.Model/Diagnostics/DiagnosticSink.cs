namespace BudgetSiteGen.Diagnostics;

/// <summary>
/// The diagnostics of one file. Caps how many it keeps, so that a file of garbage cannot flood
/// the output or memory, and attaches the offending source line to each diagnostic.
/// </summary>
public sealed class DiagnosticSink(string file, SourceText? text, int limit = 100)
{
    private readonly List<Diagnostic> _items = [];
    private int _dropped;
    private bool _droppedAnError;

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _droppedAnError || _items.Exists(d => d.Severity == Severity.Error);

    public void Error(string code, int line, int column, string message, string? expected = null) =>
        Report(code, Severity.Error, line, column, message, expected);

    public void Warning(string code, int line, int column, string message, string? expected = null) =>
        Report(code, Severity.Warning, line, column, message, expected);

    public void Report(string code, Severity severity, int line, int column, string message, string? expected)
    {
        if (_items.Count >= limit)
        {
            _dropped++;
            _droppedAnError |= severity == Severity.Error;
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
            // The note fails the run only when an error is among those not listed: a file with many warnings still builds.
            yield return new Diagnostic(
                _items[^1].Code,
                _droppedAnError ? Severity.Error : Severity.Warning,
                _items[^1].Location,
                $"{_dropped} more problems in this file were not listed; fix the ones above first.");
        }
    }
}
