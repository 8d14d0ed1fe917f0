using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Tests.Support;

/// <summary>A YAML content file written as the same document in JSON: plain numbers stay numbers, blanks become null.</summary>
public static partial class JsonRendering
{
    public static string Of(DataNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, DataNode node)
    {
        switch (node)
        {
            case MappingNode map:
                writer.WriteStartObject();
                foreach (var entry in map.Entries)
                {
                    writer.WritePropertyName(entry.Key.Text);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case SequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
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

    [GeneratedRegex(@"\A-?(0|[1-9][0-9]*)(\.[0-9]+)?\z")]
    private static partial Regex JsonNumber();
}
