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

    public sealed record Resource(string Path, BudgetTable Table, string Title, string Sha256, long Bytes);

    public static string Write(SiteSettings site, string dataVersion, IEnumerable<Resource> resources)
    {
        var list = new JsonArray();
        foreach (var r in resources.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            list.Add(new JsonObject
            {
                ["name"] = r.Path.Replace("/downloads/", "-", StringComparison.Ordinal).Replace('/', '-').Replace(".csv", string.Empty, StringComparison.Ordinal),
                ["path"] = r.Path,
                ["title"] = r.Title,
                ["profile"] = "tabular-data-resource",
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8-sig",
                ["bytes"] = r.Bytes,
                ["hash"] = "sha256:" + r.Sha256,
                ["schema"] = Schema(r.Table),
            });
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
