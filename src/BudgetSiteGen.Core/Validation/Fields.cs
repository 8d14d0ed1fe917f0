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
    private readonly Dictionary<string, DataNode> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public Fields(MappingNode node, string context, DiagnosticSink sink, params string[] allowed)
    {
        _node = node;
        _context = context;
        _sink = sink;
        foreach (var entry in node.Entries)
        {
            if (Array.IndexOf(allowed, entry.Key.Text) < 0)
            {
                var suggestion = Spelling.Closest(entry.Key.Text, allowed);
                if (suggestion is not null)
                {
                    _suggested.Add(suggestion);
                }

                var expected = suggestion is null
                    ? $"one of: {string.Join(", ", allowed)}"
                    : $"'{suggestion}' (or one of: {string.Join(", ", allowed)})";
                sink.Error(DiagnosticCodes.UnknownField, entry.Key.Line, entry.Key.Column,
                    $"unknown field '{entry.Key.Text}' in {context}" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"),
                    expected);
                continue;
            }

            _values[entry.Key.Text] = entry.Value;
        }
    }

    public MappingNode Node => _node;

    public DataNode? Optional(string name) =>
        _values.TryGetValue(name, out var value) && !(value is ScalarNode scalar && scalar.IsNull) ? value : null;

    /// <summary>The field's node, also when it is written as a blank (null), so callers can tell blank from absent.</summary>
    public DataNode? Raw(string name) => _values.GetValueOrDefault(name);

    public DataNode? Required(string name, string expected)
    {
        var value = Optional(name);

        // A misspelt field ('titel') was already reported with its correction; saying 'title' is missing too would be noise.
        if (value is null && !_suggested.Contains(name))
        {
            var at = Raw(name) ?? (DataNode)_node;
            _sink.Error(DiagnosticCodes.MissingField, at.Line, at.Column,
                $"{_context} has no '{name}'.", $"a field '{name}': {expected}");
        }

        return value;
    }
}
