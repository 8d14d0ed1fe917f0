namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Collects every failure of a sweep over the whole site before asserting, so one run shows all the
/// broken pages instead of stopping at the first.
/// </summary>
public sealed class FailureList
{
    private const int Shown = 200;
    private readonly List<string> _failures = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _failures.Count;
            }
        }
    }

    public void Add(string failure)
    {
        lock (_lock)
        {
            _failures.Add(failure);
        }
    }

    public void AssertNone(string heading)
    {
        lock (_lock)
        {
            if (_failures.Count == 0)
            {
                return;
            }

            var shown = _failures.Take(Shown).Select(failure => "  " + failure);
            var more = _failures.Count > Shown ? [$"  … and {_failures.Count - Shown} more"] : Array.Empty<string>();
            Assert.Fail($"{heading}: {_failures.Count} problem(s)\n{string.Join('\n', shown.Concat(more))}");
        }
    }
}
