using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BudgetSiteGen.Building;

/// <summary>
/// What a shard hands to the merge besides its pages: one line of JSON per department it built, in
/// department order. Amounts keep their decimal digits (System.Text.Json writes decimals exactly).
/// </summary>
public static class PartFile
{
    public const string Folder = ".budgetsitegen-part";
    public const string Departments = "departments.jsonl";
    public const string Description = "shard.json";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Line(DepartmentResult result) => JsonSerializer.Serialize(result with { Diagnostics = [] }, Json);

    public static DepartmentResult Read(string line) => JsonSerializer.Deserialize<DepartmentResult>(line, Json)!;

    /// <summary>The department key of a line, which <see cref="Line"/> writes first.</summary>
    public static string KeyOf(string line)
    {
        using var document = JsonDocument.Parse(line[..(line.IndexOf(",\"", StringComparison.Ordinal) + 0)] + "}");
        return document.RootElement.GetProperty("Key").GetString()!;
    }

    public static string Describe(ShardDescription description) => JsonSerializer.Serialize(description, Json);

    public static ShardDescription ReadDescription(string file) => JsonSerializer.Deserialize<ShardDescription>(File.ReadAllText(file), Json)!;
}
