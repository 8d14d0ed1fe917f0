using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// A department-year in the project's own data format as JSON, from the source file itself (YAML or JSON),
/// so that the download loads back into BudgetSiteGen unchanged. Numbers keep their written digits.
/// </summary>
public static partial class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[]? Write(string sourceFile)
    {
        var parsed = ContentFileReader.Read(sourceFile, sourceFile);
        if (parsed.Root is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Node(writer, parsed.Root);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Node(Utf8JsonWriter writer, DataNode node)
    {
        switch (node)
        {
            case MappingNode map:
                writer.WriteStartObject();
                foreach (var entry in map.Entries.Where(e => e.Key.Text != "$schema"))
                {
                    writer.WritePropertyName(entry.Key.Text);
                    Node(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case SequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Node(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode { IsNull: true }:
                writer.WriteNullValue();
                break;
            case ScalarNode { IsQuoted: false, Text: "true" or "false" } flag:
                writer.WriteBooleanValue(flag.Text == "true");
                break;
            case ScalarNode { IsQuoted: false } plain when JsonNumber().IsMatch(plain.Text):
                writer.WriteRawValue(plain.Text);
                break;
            case ScalarNode scalar:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }

    /// <summary>
    /// Whether a plain scalar is written as a JSON number: only when it is one in JSON's own grammar. A plain date
    /// (2023-12-31) is text, and so are digits with a leading zero (a code such as 059 keeps its zero).
    /// </summary>
    [GeneratedRegex(@"\A-?(0|[1-9][0-9]*)(\.[0-9]+)?\z")]
    private static partial Regex JsonNumber();
}
