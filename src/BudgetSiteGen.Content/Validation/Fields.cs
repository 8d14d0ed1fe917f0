using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Validation;

/// <summary>
/// The fields of one mapping, read against the list of fields the format allows there. Unknown fields
/// are reported at once (with a suggestion for a likely typo), missing required ones when asked for.
/// </summary>
public sealed class Fields
{
    private readonly MappingNode _node;
    private readonly string _context;
    private readonly DiagnosticSink _sink;
    // A mapping has a dozen fields at most and there are thousands of mappings in a report: a list searched
    // in order costs less than a dictionary built for each.
    private readonly List<MappingEntry> _values;
    private readonly HashSet<string>? _suggested;

    public Fields(MappingNode node, string context, DiagnosticSink sink, params string[] allowed)
    {
        _node = node;
        _context = context;
        _sink = sink;
        _values = new List<MappingEntry>(node.Entries.Count);
        for (var i = 0; i < node.Entries.Count; i++)
        {
            var entry = node.Entries[i];
            if (Array.IndexOf(allowed, entry.Key.Text) < 0)
            {
                // "total: 190,000" in a flow mapping is total: 190 and a field named 000.
                var split = i == 0 ? null : ThousandsSeparator.Joined([node.Entries[i - 1].Value, entry.Key], 0);
                if (split is not null)
                {
                    sink.Error(DiagnosticCodes.UnknownField, entry.Key.Line, entry.Key.Column,
                        $"unknown field '{entry.Key.Text}' in {context}{ThousandsSeparator.Hint(split)}.", ThousandsSeparator.Fix(split));
                    continue;
                }

                var suggestion = Spelling.Closest(entry.Key.Text, allowed);
                if (suggestion is not null)
                {
                    (_suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                }

                var expected = suggestion is null
                    ? $"one of: {string.Join(", ", allowed)}"
                    : $"'{suggestion}' (or one of: {string.Join(", ", allowed)})";
                sink.Error(DiagnosticCodes.UnknownField, entry.Key.Line, entry.Key.Column,
                    $"unknown field '{entry.Key.Text}' in {context}" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
                    expected);
                continue;
            }

            _values.Add(entry);
        }
    }

    public MappingNode Node => _node;

    public DataNode? Optional(string name) => Raw(name) is { } value && !(value is ScalarNode scalar && scalar.IsNull) ? value : null;

    /// <summary>The field's node, also when it is written as a blank (null), so callers can tell blank from absent.</summary>
    public DataNode? Raw(string name)
    {
        foreach (var entry in _values)
        {
            if (entry.Key.Text == name)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public DataNode? Required(string name, string expected)
    {
        var value = Optional(name);

        // A misspelt field ('titel') was already reported with its correction; saying 'title' is missing too would be noise.
        if (value is null && _suggested?.Contains(name) != true)
        {
            var at = Raw(name) ?? (DataNode)_node;
            _sink.Error(DiagnosticCodes.MissingField, at.Line, at.Column,
                $"{_context} has no '{name}'.", $"a field '{name}': {expected}");
        }

        return value;
    }
}
