namespace BudgetSiteGen.Diagnostics;

/// <summary>
/// Collects every diagnostic of a run so that all problems of all files are reported at once,
/// like a compiler. Thread-safe because files are loaded in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>All diagnostics, ordered by file, line and column so that output is stable across runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}
