using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// datapackage.json at the site root: a Frictionless (Tabular) Data Package listing every CSV download as a
/// resource with its Table Schema, byte size and SHA-256, and the Fiscal Data Package column types
/// (value, functional classification code and label) so that fiscal tools understand the columns.
/// Each resource is one line: a national portal lists hundreds of thousands, and a line each keeps the file
/// readable, easy to compare between versions, and quick to write.
/// </summary>
public static class DataPackage
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonSerializerOptions Compact = new() { Encoder = Encoder };

    /// <summary>One CSV download's entry, written when its department-year is built (so a sharded build can carry it as text).</summary>
    public static string Resource(string path, BudgetTable table, string title, string sha256, long bytes) =>
        new JsonObject
        {
            ["name"] = path.Replace("/downloads/", "-", StringComparison.Ordinal).Replace('/', '-').Replace(".csv", string.Empty, StringComparison.Ordinal),
            ["path"] = path,
            ["title"] = title,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8-sig",
            ["bytes"] = bytes,
            ["hash"] = "sha256:" + sha256,
            ["schema"] = Schema(table),
        }.ToJsonString(Compact);

    /// <summary>Writes the package to <paramref name="stream"/>, its resources (see <see cref="Resource"/>) in path order.</summary>
    public static void Write(Stream stream, SiteSettings site, string dataVersion, DataPackageResources resources)
    {
        string Text(string value) => JsonSerializer.Serialize(value, Compact);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write("{\n");
        writer.Write("  \"profile\": \"tabular-data-package\",\n");
        writer.Write($"  \"name\": {Text("budgetsitegen-" + dataVersion)},\n");
        writer.Write($"  \"title\": {Text(site.Title)},\n");
        writer.Write($"  \"version\": {Text(dataVersion)},\n");
        writer.Write("  \"resources\": [");
        var first = true;
        foreach (var resource in resources.InPathOrder())
        {
            writer.Write(first ? "\n    " : ",\n    ");
            writer.Flush();
            stream.Write(resource);
            first = false;
        }

        writer.Write(first ? "]\n}\n" : "\n  ]\n}\n");
    }

    /// <summary>The path of a resource written by <see cref="Resource"/>.</summary>
    public static string PathOf(string resource)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(resource));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("path"))
            {
                reader.Read();
                return reader.GetString()!;
            }
        }

        throw new InvalidOperationException("a data package resource without a path");
    }

    /// <summary>
    /// The CSV's Table Schema. Every amount field states its unit (the table's, or % for a percentage column) as
    /// Fiscal Data Package's unit and in words; "?" marks a cell that could not be read, a missing value like a blank.
    /// </summary>
    private static JsonObject Schema(BudgetTable table)
    {
        var unit = table.Unit.Symbol();
        var stub = Field("unit", "string", null);
        stub["description"] = $"The unit of every amount column of the row ({unit}), except columns whose own unit is %.";
        var fields = new JsonArray
        {
            Field("section", "string", null),
            Field("code", "string", "functional-classification:generic:code"),
            Field("level", "integer", null),
            Field("name", "string", "functional-classification:generic:label"),
            Field("class", "string", null),
            stub,
        };
        foreach (var column in table.Sections.SelectMany(s => s.Columns).DistinctBy(TableCsv.Header))
        {
            var field = Field(TableCsv.Header(column), "number", column.IsPercent ? null : "value");
            field["unit"] = column.IsPercent ? "%" : unit;
            field["description"] = column.IsPercent ? "A percentage (%), as printed." : $"An amount in {unit}, as printed; \"?\" where the source could not be read.";
            fields.Add(field);
        }

        return new JsonObject { ["fields"] = fields, ["missingValues"] = new JsonArray("", TableCsv.Unreadable) };
    }

    private static JsonObject Field(string name, string type, string? columnType)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type };
        if (columnType is not null)
        {
            field["columnType"] = columnType;
        }

        return field;
    }
}
