using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Checks;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.ViewModels.Tables;

namespace BudgetSiteGen.HugoReference;

/// <summary>
/// A table page as Hugo JSON front matter: everything BudgetSiteGen's view model holds, except that each
/// amount is the raw decimal string of the data ("1806.23", "0.00"), so Hugo has to format it itself.
/// Keys are lowercase because Hugo lowercases them; false and absent values are left out because the
/// layouts test them for truth, and numbers are strings so Hugo prints them as written.
/// </summary>
public static class FrontMatter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Json(PageModel page, BudgetTable table)
    {
        var content = (TablePageContent)page.Content;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", page.Title);
            json.WriteString("root", page.Root);
            json.WriteStartArray("breadcrumbs");
            foreach (var crumb in page.Breadcrumbs)
            {
                json.WriteStartObject();
                json.WriteString("label", crumb.Label);
                Optional(json, "href", crumb.Href);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (page.Menu is { } menu)
            {
                // Not "menu": Hugo reads that front matter key as its own menu definition.
                json.WriteStartObject("sectionmenu");
                json.WriteString("label", menu.Label);
                json.WriteStartArray("items");
                foreach (var item in menu.Items)
                {
                    json.WriteStartObject();
                    json.WriteString("label", item.Label);
                    json.WriteString("href", item.Href);
                    Flag(json, "current", item.IsCurrent);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            Link(json, "editionnote", page.EditionNote);
            Optional(json, "sourcenote", page.SourceNote);
            Optional(json, "dataversion", page.DataVersion);
            Link(json, "download", content.Download);
            Link(json, "up", content.Index);
            Link(json, "previous", content.Previous);
            Link(json, "next", content.Next);
            Table(json, content.Table, table);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Table(Utf8JsonWriter json, TableView view, BudgetTable table)
    {
        json.WriteStartObject("table");
        json.WriteString("title", view.Title);
        Optional(json, "label", view.Label);
        json.WriteString("unittext", view.UnitText);
        Flag(json, "codesadded", view.CodesAdded);
        Flag(json, "nodata", view.NoData);
        Optional(json, "note", view.Note);
        Markers(json, view.Markers);
        json.WriteStartArray("sections");
        for (var s = 0; s < view.Sections.Count; s++)
        {
            Section(json, view.Sections[s], table.Sections[s]);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter json, TableSectionView view, TableSection section)
    {
        json.WriteStartObject();
        json.WriteString("number", view.TableNumber.ToString(CultureInfo.InvariantCulture));
        json.WriteString("sectionid", view.SectionId);
        json.WriteString("captionid", view.CaptionId);
        json.WriteString("caption", view.Caption);
        Optional(json, "captiondetail", view.CaptionDetail);
        Flag(json, "wide", view.IsWide);
        json.WriteStartArray("headerrows");
        foreach (var row in view.HeaderRows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                json.WriteStartObject();
                json.WriteString("id", cell.Id);
                json.WriteString("text", cell.Text);
                json.WriteString("scope", cell.Scope);
                json.WriteString("class", cell.CssClass);
                Optional(json, "colspan", cell.ColSpan);
                Optional(json, "rowspan", cell.RowSpan);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in view.Rows)
        {
            json.WriteStartObject();
            json.WriteString("index", row.Index.ToString(CultureInfo.InvariantCulture));
            json.WriteString("class", row.CssClass);
            json.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                Cell(json, cell, section.Rows[row.Index]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Cell(Utf8JsonWriter json, BodyCell cell, TableRow row)
    {
        json.WriteStartObject();
        Flag(json, "rowheader", cell.IsRowHeader);
        Optional(json, "id", cell.Id);
        Optional(json, "headers", cell.Headers);
        json.WriteString("class", cell.CssClass);
        Optional(json, "hidden", cell.HiddenPrefix);
        Optional(json, "col", cell.Column);
        Flag(json, "blank", cell.IsBlank);
        if (cell.Column is { } column && !cell.IsBlank)
        {
            json.WriteString("amount", RawAmount(cell, row.Values[int.Parse(column, CultureInfo.InvariantCulture)]));
        }
        else
        {
            json.WriteString("text", cell.Text);
        }

        Markers(json, cell.Markers);
        json.WriteEndObject();
    }

    /// <summary>
    /// The amount as the data wrote it; checked against the page's own text so a change in how the view
    /// lays out cells cannot silently pair a cell with the wrong figure.
    /// </summary>
    private static string RawAmount(BodyCell cell, decimal? value)
    {
        if (value is not { } amount || AmountText.Format(amount) != cell.Text)
        {
            throw new InvalidOperationException($"cell {cell.Id} shows '{cell.Text}' but the data holds '{value}'.");
        }

        return amount.ToString(CultureInfo.InvariantCulture);
    }

    private static void Markers(Utf8JsonWriter json, IReadOnlyList<Marker> markers)
    {
        if (markers.Count == 0)
        {
            return;
        }

        json.WriteStartArray("markers");
        foreach (var marker in markers)
        {
            json.WriteStartObject();
            json.WriteString("href", marker.Href);
            json.WriteString("text", marker.Text);
            json.WriteString("label", marker.Label);
            Flag(json, "rounding", marker.IsRounding);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Link(Utf8JsonWriter json, string name, LinkItem? link)
    {
        if (link is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("label", link.Label);
        json.WriteString("href", link.Href);
        Optional(json, "note", link.Note);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Flag(Utf8JsonWriter json, string name, bool value)
    {
        if (value)
        {
            json.WriteBoolean(name, true);
        }
    }
}
