using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads only which department a file belongs to ("jurisdiction/slug") without loading it, so a build can
/// group a department's years and editions together before any file is parsed in full. Stops as soon as
/// both top-level keys are seen. The bytes are decoded and the values read as the full load reads them, so
/// a file that loads cleanly is grouped under the department it declares. Returns null when the file cannot
/// tell; the build then loads it in full to find out (see <c>Building/DepartmentUnits</c>).
/// </summary>
public static class DepartmentKeyReader
{
    /// <summary>How much of a YAML file is read first, to the end of the line it ends in.</summary>
    public const int PrefixBytes = 8 * 1024;

    /// <summary>The key of a file already read (the build reads each file once to both group and fingerprint it).</summary>
    public static string? Read(string path, byte[] bytes)
    {
        try
        {
            return ContentFileReader.IsJson(path) ? FromJson(bytes.AsSpan(Utf8Text.StartOf(bytes))) : FromYaml(bytes);
        }
        catch (Exception)
        {
            // Whatever stops this quick read (malformed input makes the parsers throw more than their own
            // exceptions), the full load of the file reads it again and reports what is wrong.
            return null;
        }
    }

    public static string Key(string jurisdictionCode, string departmentSlug) => $"{jurisdictionCode}/{departmentSlug}";

    private static string? FromYaml(byte[] bytes)
    {
        // A report declares its department in its first lines, so its first lines are read first: a portal's build
        // groups thousands of files of a hundred KB each, which the full load decodes and checks whole anyway.
        var cut = bytes.Length > PrefixBytes ? Array.IndexOf(bytes, (byte)'\n', PrefixBytes) : -1;
        if (cut > 0)
        {
            try
            {
                if (FromYamlText(bytes[..(cut + 1)], wholeFile: false) is { } key)
                {
                    return key;
                }
            }
            catch (YamlException)
            {
                // The cut fell inside something the parser cannot end there: the whole file decides.
            }
        }

        return FromYamlText(bytes, wholeFile: true);
    }

    /// <param name="wholeFile">False when <paramref name="bytes"/> are the first whole lines of the file only.</param>
    private static string? FromYamlText(byte[] bytes, bool wholeFile)
    {
        var text = Utf8Text.Decode(bytes).Text;
        if (text is null || YamlCharacters.FirstRefused(text) is not null)
        {
            return null;
        }

        var yaml = YamlCharacters.WithLineFeeds(text);
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
        {
            return null;
        }

        string? jurisdiction = null;
        string? kind = null;
        string? slug = null;
        var departmentRead = false;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>().Value;
            if (key == "jurisdiction" && parser.TryConsume<Scalar>(out var code))
            {
                jurisdiction = ValueOf(code);
            }
            else if (key == "department" && parser.TryConsume<MappingStart>(out _))
            {
                departmentRead = true;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var field = parser.Consume<Scalar>().Value;
                    if (field is "kind" or "slug" && parser.TryConsume<Scalar>(out var value))
                    {
                        (kind, slug) = field == "kind" ? (ValueOf(value), slug) : (kind, ValueOf(value));
                    }
                    else
                    {
                        parser.SkipThisAndNestedEvents();
                    }
                }
            }
            else
            {
                parser.SkipThisAndNestedEvents();
            }

            if (jurisdiction is not null && kind is not null && departmentRead)
            {
                // In the first lines only, a value is certain once the parser has read something after it: a value
                // ending at the cut may go on past it, and so may the department's mapping.
                var settled = wholeFile || parser.Current is { } next && next.Start.Index < yaml.Length;
                return settled ? Key(jurisdiction, slug ?? kind) : null;
            }
        }

        return null;
    }

    /// <summary>A scalar's text, or null for a blank (~, null), as the full load reads it: a blank slug means none.</summary>
    private static string? ValueOf(Scalar scalar)
    {
        var node = new ScalarNode(1, 1, scalar.Value, scalar.Style != ScalarStyle.Plain);
        return node.IsNull ? null : node.Text;
    }

    private static string? FromJson(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? jurisdiction = null;
        string? kind = null;
        string? slug = null;
        var departmentRead = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString();
            reader.Read();
            if (key == "jurisdiction" && reader.TokenType == JsonTokenType.String)
            {
                jurisdiction = reader.GetString();
            }
            else if (key == "department" && reader.TokenType == JsonTokenType.StartObject)
            {
                departmentRead = true;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var field = reader.GetString();
                    reader.Read();
                    if (field is "kind" or "slug" && reader.TokenType == JsonTokenType.String)
                    {
                        (kind, slug) = field == "kind" ? (reader.GetString(), slug) : (kind, reader.GetString());
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }

            if (jurisdiction is not null && departmentRead)
            {
                var name = slug ?? kind;
                return name is null ? null : Key(jurisdiction, name);
            }
        }

        return null;
    }
}
