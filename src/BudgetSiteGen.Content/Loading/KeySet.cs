namespace BudgetSiteGen.Loading;

/// <summary>
/// The keys met so far in one mapping, to report a duplicate. Nearly every mapping of a report has a handful
/// of keys and a report has thousands of mappings, so the keys are compared in order until there are many.
/// </summary>
public sealed class KeySet
{
    private const int Few = 16;
    private readonly List<string> _few = [];
    private HashSet<string>? _many;

    /// <summary>False when the key was already there.</summary>
    public bool Add(string key)
    {
        if (_many is not null)
        {
            return _many.Add(key);
        }

        foreach (var seen in _few)
        {
            if (seen == key)
            {
                return false;
            }
        }

        _few.Add(key);
        if (_few.Count > Few)
        {
            _many = new HashSet<string>(_few, StringComparer.Ordinal);
        }

        return true;
    }
}
