using System.Text;
using System.Text.Json;
using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads JSON into the same <see cref="DataNode"/> tree as YAML. Numbers keep their source text,
/// so they become <see cref="decimal"/> exactly.
/// </summary>
public static class JsonTreeReader
{
    private const int MaxDepth = 64;

    public static DataNode? Read(byte[] utf8, DiagnosticSink sink)
    {
        var positions = new Utf8Positions(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader, positions, sink);
            if (reader.Read())
            {
                var (line, column) = positions.Of(reader.TokenStartIndex);
                sink.Error(DiagnosticCodes.MalformedJson, line, column, "there is more JSON after the end of the document.", "a single JSON object");
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = positions.ColumnOfByteInLine(line, (int)(ex.BytePositionInLine ?? 0));
            sink.Error(DiagnosticCodes.MalformedJson, line, column, $"this is not valid JSON: {Describe(ex)}",
                "well-formed JSON (commas between items, quoted field names, closing brackets)");
            return null;
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, Utf8Positions positions, DiagnosticSink sink)
    {
        var (line, column) = positions.Of(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                var seen = new KeySet();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = positions.Of(reader.TokenStartIndex);
                    var key = new ScalarNode(keyLine, keyColumn, reader.GetString()!, true);
                    reader.Read();
                    var value = ReadValue(ref reader, positions, sink);
                    if (!seen.Add(key.Text))
                    {
                        sink.Error(DiagnosticCodes.DuplicateKey, keyLine, keyColumn,
                            $"the field '{key.Text}' appears twice in the same object.", "each field once");
                        continue;
                    }

                    entries.Add(new MappingEntry(key, value));
                }

                return new MappingNode(line, column, entries);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, positions, sink));
                }

                return new SequenceNode(line, column, items);
            case JsonTokenType.String:
                return new ScalarNode(line, column, reader.GetString()!, true);
            case JsonTokenType.Number:
                return new ScalarNode(line, column, Encoding.UTF8.GetString(reader.ValueSpan), false);
            case JsonTokenType.True:
                return new ScalarNode(line, column, "true", false);
            case JsonTokenType.False:
                return new ScalarNode(line, column, "false", false);
            default:
                return new ScalarNode(line, column, "null", false);
        }
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
