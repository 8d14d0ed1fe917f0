using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads only which department a file belongs to ("jurisdiction/slug") without loading it, so a build can
/// group a department's years and editions together before any file is parsed in full. Stops as soon as
/// both top-level keys are seen. Returns null when the file cannot tell; the full load then reports why.
/// </summary>
public static class DepartmentKeyReader
{
    public static string? Read(string path) => File.Exists(path) ? Read(path, File.ReadAllBytes(path)) : null;

    /// <summary>The key of a file already read (the build reads each file once to both group and fingerprint it).</summary>
    public static string? Read(string path, byte[] bytes)
    {
        try
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromJson(bytes) : FromYaml(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlException or JsonException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }

    public static string Key(string jurisdictionCode, string departmentSlug) => $"{jurisdictionCode}/{departmentSlug}";

    private static string? FromYaml(byte[] bytes)
    {
        var parser = new Parser(new StringReader(Encoding.UTF8.GetString(bytes)));
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
                jurisdiction = code.Value;
            }
            else if (key == "department" && parser.TryConsume<MappingStart>(out _))
            {
                departmentRead = true;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var field = parser.Consume<Scalar>().Value;
                    if (field is "kind" or "slug" && parser.TryConsume<Scalar>(out var value))
                    {
                        (kind, slug) = field == "kind" ? (value.Value, slug) : (kind, value.Value);
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
                return Key(jurisdiction, slug ?? kind);
            }
        }

        return null;
    }

    private static string? FromJson(byte[] bytes)
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
