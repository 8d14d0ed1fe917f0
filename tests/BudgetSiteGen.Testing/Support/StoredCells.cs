using System.IO.Compression;
using System.Xml.Linq;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// The text a workbook stores for each number cell (the v element), read from the package's XML, by sheet name and
/// A1 reference: what an exact reader gets before any conversion to binary floating point.
/// </summary>
public static class StoredCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Package = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Numbers(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        XDocument Part(string name) => XDocument.Load(zip.GetEntry(name.TrimStart('/'))!.Open());
        var targets = Part("xl/_rels/workbook.xml.rels").Root!.Elements(Package + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var sheets = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var sheet in Part("xl/workbook.xml").Descendants(Main + "sheet"))
        {
            var target = targets[(string)sheet.Attribute(Relationships + "id")!];
            var path = target.StartsWith('/') ? target : "xl/" + target;
            sheets[(string)sheet.Attribute("name")!] = Part(path).Descendants(Main + "c")
                .Where(c => c.Attribute("t") is null && c.Element(Main + "v") is not null)
                .ToDictionary(c => (string)c.Attribute("r")!, c => c.Element(Main + "v")!.Value, StringComparer.Ordinal);
        }

        return sheets;
    }
}
