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
/// </summary>
public static class DataPackage
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

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
        }.ToJsonString();

    /// <summary>The package, its resources (see <see cref="Resource"/>) in path order.</summary>
    public static string Write(SiteSettings site, string dataVersion, IEnumerable<string> resources)
    {
        var list = new JsonArray();
        foreach (var r in resources.Select(r => JsonNode.Parse(r)!).OrderBy(r => (string)r["path"]!, StringComparer.Ordinal))
        {
            list.Add(r);
        }

        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "budgetsitegen-" + dataVersion,
            ["title"] = site.Title,
            ["version"] = dataVersion,
            ["resources"] = list,
        };
        return package.ToJsonString(Options) + "\n";
    }

    private static JsonObject Schema(BudgetTable table)
    {
        var fields = new JsonArray
        {
            Field("section", "string", null),
            Field("code", "string", "functional-classification:generic:code"),
            Field("level", "integer", null),
            Field("name", "string", "functional-classification:generic:label"),
            Field("class", "string", null),
        };
        foreach (var header in table.Sections.SelectMany(s => s.Columns).Select(TableCsv.Header).Distinct())
        {
            var field = Field(header, "number", "value");
            field["unit"] = table.Unit.Symbol();
            fields.Add(field);
        }

        return new JsonObject { ["fields"] = fields };
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
