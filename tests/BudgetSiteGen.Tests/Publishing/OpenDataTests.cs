using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetSiteGen.Building;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Publishing;

/// <summary>The downloads beside the pages and the checksum manifest, as a journalist or archivist uses them.</summary>
public sealed class OpenDataTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "bsg-open-" + Guid.NewGuid().ToString("N"));

    public OpenDataTests()
    {
        var result = SiteBuilder.Build(new BuildOptions(Repository.Content, _output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void Every_csv_value_equals_the_model_exactly()
    {
        var checkedValues = 0;
        foreach (var year in Seeds.Content.DepartmentYears)
        {
            var folder = Routing.SitePaths.DepartmentYearFolder(Seeds.Content.Jurisdictions.Single(j => j.Code == year.JurisdictionCode), year);
            foreach (var table in year.Tables)
            {
                var bytes = File.ReadAllBytes(Path.Combine(_output, BudgetSiteGen.Publishing.Downloads.Csv(folder, table.Number)));
                Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
                var records = Csv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
                var header = records[0];
                var rows = table.Sections.SelectMany(s => s.Rows.Select(r => (Section: s, Row: r))).ToList();
                Assert.Equal(rows.Count, records.Count - 1);
                for (var i = 0; i < rows.Count; i++)
                {
                    var (section, row) = rows[i];
                    var record = records[i + 1];
                    Assert.Equal(row.Name, record[3]);
                    Assert.Equal(row.Code?.Value ?? string.Empty, record[1]);
                    for (var c = 0; c < section.Columns.Count; c++)
                    {
                        var column = header.IndexOf(BudgetSiteGen.Publishing.TableCsv.Header(section.Columns[c]));
                        Assert.True(column >= 5, $"no column for {section.Columns[c].Label} in table {table.Number}");
                        var expected = row.Values[c]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                        Assert.Equal(expected, record[column]);
                        checkedValues++;
                    }
                }
            }
        }

        Assert.True(checkedValues > 1000, $"only {checkedValues} values compared");
    }

    [Fact]
    public void The_json_download_loads_back_to_the_same_report()
    {
        using var scratch = new ScratchContent();
        File.Copy(Path.Combine(_output, "zezhou/dpf/2024-budget/downloads/report.json"), Path.Combine(scratch.Content, "reports/z.json"));
        var loaded = ContentLoader.Load(scratch.Content);
        Assert.Empty(loaded.Diagnostics);
        var again = Assert.Single(loaded.Content!.DepartmentYears);
        Assert.Equal(Seeds.Zezhou.Tables.Sum(t => t.AllRows.Count()), again.Tables.Sum(t => t.AllRows.Count()));
        Assert.Equal(Seeds.Zezhou.Table(12).AllRows.Select(r => r.Values[0]), again.Tables.Single(t => t.Number == 12).AllRows.Select(r => r.Values[0]));
        Assert.Equal(22, again.Performance.Cards.Count);
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_sha256()
    {
        var manifest = File.ReadAllLines(Path.Combine(_output, "manifest-sha256.txt"));
        var files = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Where(f => f != "manifest-sha256.txt")

            // The marker says the folder is a build's output; it is not part of the site (see docs/cli.md).
            .Where(f => f != ".budgetsitegen")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(files, manifest.Select(line => line[66..]));
        foreach (var line in manifest)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_output, line[66..]))));
            Assert.Equal(hash, line[..64]);
        }
    }

    [Fact]
    public void Footers_cite_a_data_version_that_follows_the_content_not_the_clock()
    {
        var page = File.ReadAllText(Path.Combine(_output, "zezhou/dpf/2024-budget/tables/3.html"));
        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Repository.Content, "reports/zezhou/dpf/2024-budget.yaml"))))[..12];
        Assert.Contains($"数据版本：{expected}", page);
        Assert.Contains("泽州县残疾人联合会2024年部门预算公开报告", page);
    }

    [Fact]
    public async Task The_data_package_validates_against_the_data_package_schema_and_its_hashes_match()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(Repository.TestData, "data-package.schema.json"));
        Assert.NotEmpty(schema.Validate("{\"name\": \"Not Lowercase\"}"));
        var json = File.ReadAllText(Path.Combine(_output, "datapackage.json"));
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        using var package = System.Text.Json.JsonDocument.Parse(json);
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        // One CSV per printed table: 13 in each Shanxi budget, 9 in each Shanghai report.
        Assert.Equal(44, resources.Count);
        foreach (var resource in resources)
        {
            var file = Path.Combine(_output, resource.GetProperty("path").GetString()!);
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), resource.GetProperty("hash").GetString());
            Assert.Equal(new FileInfo(file).Length, resource.GetProperty("bytes").GetInt64());
        }
    }

    /// <summary>RFC 4180 records: fields split at commas outside quotes, "" inside quotes is a quote.</summary>
    private static List<List<string>> Csv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
