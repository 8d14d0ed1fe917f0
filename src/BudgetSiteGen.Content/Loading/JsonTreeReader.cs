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

    public static DataNode? Read(ReadOnlyMemory<byte> utf8, DiagnosticSink sink)
    {
        var positions = LinePositions.OfUtf8(utf8);
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
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
            var (line, column) = positions.Of(OffsetOf(utf8.Span, ex));
            sink.Error(DiagnosticCodes.MalformedJson, line, column, $"this is not valid JSON: {Describe(ex)}",
                "well-formed JSON (commas between items, quoted field names, closing brackets)");
            return null;
        }
    }

    /// <summary>
    /// The byte offset a reader's exception points at. The reader counts lines at LF only, so its line and byte in
    /// that line are turned back into an offset, which <see cref="LinePositions"/> then places as an editor would.
    /// </summary>
    private static long OffsetOf(ReadOnlySpan<byte> utf8, JsonException ex)
    {
        var start = 0;
        for (var line = 0L; line < (ex.LineNumber ?? 0); line++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return start + (ex.BytePositionInLine ?? 0);
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, LinePositions positions, DiagnosticSink sink)
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
                    var key = new ScalarNode(keyLine, keyColumn, ReadString(ref reader, keyLine, keyColumn, sink), true);
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
                return new ScalarNode(line, column, ReadString(ref reader, line, column, sink), true);
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

    /// <summary>
    /// The text of a string token. "\ud800" is valid JSON syntax but half of a surrogate pair, which is no
    /// character: the reader refuses to decode it, and the file is reported instead.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader, int line, int column, DiagnosticSink sink)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            sink.Error(DiagnosticCodes.MalformedJson, line, column,
                "this text escapes half of a UTF-16 surrogate pair (such as \\ud800) without its other half, which is not a character.",
                "whole characters: the character itself, or both halves of the pair (such as \\ud83d\\ude00)");
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
