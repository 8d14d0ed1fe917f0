using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// A YAML or JSON content file as the JSON an editor's schema checker sees: YAML plain scalars are typed by the YAML 1.2
/// core schema (~ and null are null, true and false booleans, digits numbers), quoted and block scalars are strings.
/// </summary>
public static partial class YamlAsJson
{
    public static JsonElement Read(string path)
    {
        var parsed = ContentFileReader.Read(path, path);
        Assert.True(parsed.Root is not null, $"{path} does not parse: {string.Join(" | ", parsed.Sink.Drain().Select(d => d.Message))}");
        return Convert(parsed.Root!);
    }

    public static JsonElement Parse(string yaml)
    {
        var parsed = ContentFileReader.Parse(System.Text.Encoding.UTF8.GetBytes(yaml), "inline.yaml", isJson: false);
        Assert.NotNull(parsed.Root);
        return Convert(parsed.Root!);
    }

    private static JsonElement Convert(DataNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, root);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, DataNode node)
    {
        switch (node)
        {
            case MappingNode mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Text);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case SequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, ScalarNode scalar)
    {
        if (scalar.IsQuoted)
        {
            writer.WriteStringValue(scalar.Text);
        }
        else if (scalar.IsNull)
        {
            writer.WriteNullValue();
        }
        else if (scalar.Text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(scalar.Text.StartsWith('t') || scalar.Text.StartsWith('T'));
        }
        else if (CoreNumber().IsMatch(scalar.Text))
        {
            // Through decimal, never double, and normalised to JSON's grammar: YAML's 03 or +1.5 are numbers too.
            var value = decimal.Parse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteStringValue(scalar.Text);
        }
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex CoreNumber();
}
