using BudgetSiteGen.Importing;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// An imported report set beside the one transcribed by hand in content/: every table, every row, every figure, and
/// blank where the report prints nothing rather than 0. Both sides are loaded through the same loader, so the layout
/// fills in what neither file writes.
/// </summary>
public static class ImportedTables
{
    public static DepartmentYear Transcribed(string contentFile)
    {
        var loaded = ContentLoader.Load(Repository.Content);
        Assert.NotNull(loaded.Content);
        return loaded.Content.DepartmentYears.Single(year => year.SourceFile.EndsWith(contentFile, StringComparison.Ordinal));
    }

    /// <summary>The data file an import wrote, loaded as the content file it stands for.</summary>
    public static DepartmentYear Load(ImportResult result, string contentFile)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
        using var scratch = new ScratchContent();
        scratch.Report(contentFile["reports/".Length..], result.DataFile!);
        var loaded = ContentLoader.Load(scratch.Content);
        Assert.True(loaded.Content is not null, string.Join("\n", loaded.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
        return Assert.Single(loaded.Content.DepartmentYears);
    }

    public static void AssertSame(DepartmentYear transcribed, DepartmentYear imported, string report)
    {
        Assert.Equal(transcribed.Tables.Select(t => t.Number), imported.Tables.Select(t => t.Number));
        foreach (var expected in transcribed.Tables)
        {
            var actual = imported.Tables.Single(t => t.Number == expected.Number);
            var where = $"{report} table {expected.Number}";
            Assert.True(expected.Title == actual.Title, $"{where}: title '{actual.Title}', expected '{expected.Title}'");
            Assert.True(expected.Label == actual.Label, $"{where}: label '{actual.Label}', expected '{expected.Label}'");
            Assert.True(expected.Type == actual.Type, $"{where}: type {actual.Type}, expected {expected.Type}");
            Assert.True(expected.Unit == actual.Unit, $"{where}: unit {actual.Unit}, expected {expected.Unit}");
            Assert.True(expected.NoData == actual.NoData, $"{where}: no_data {actual.NoData}, expected {expected.NoData}");
            Assert.True(expected.Note == actual.Note, $"{where}: note '{actual.Note}', expected '{expected.Note}'");
            Assert.True(expected.Sections.Count == actual.Sections.Count, $"{where}: {actual.Sections.Count} sections, expected {expected.Sections.Count}");
            for (var s = 0; s < expected.Sections.Count; s++)
            {
                CompareSection(expected.Sections[s], actual.Sections[s], expected.CodesPrinted, $"{where} section {s + 1}");
            }
        }
    }

    private static void CompareSection(TableSection expected, TableSection actual, bool codesPrinted, string where)
    {
        Assert.True(expected.Id == actual.Id, $"{where}: id '{actual.Id}', expected '{expected.Id}'");
        Assert.True(expected.Title == actual.Title, $"{where}: title '{actual.Title}', expected '{expected.Title}'");
        Assert.True(expected.Role == actual.Role, $"{where}: role {actual.Role}, expected {expected.Role}");
        Assert.Equal(expected.Stub.Select(s => (s.Label, s.Field, string.Join("/", s.Groups))), actual.Stub.Select(s => (s.Label, s.Field, string.Join("/", s.Groups))));
        Assert.Equal(
            expected.Columns.Select(c => (c.Label, c.Role, c.Item, string.Join("/", c.Groups))),
            actual.Columns.Select(c => (c.Label, c.Role, c.Item, string.Join("/", c.Groups))));
        Assert.True(expected.Rows.Count == actual.Rows.Count, $"{where}: {actual.Rows.Count} rows, expected {expected.Rows.Count}");
        for (var r = 0; r < expected.Rows.Count; r++)
        {
            var want = expected.Rows[r];
            var got = actual.Rows[r];
            var at = $"{where} row {r + 1} ({want.Name})";
            Assert.True(want.Name == got.Name, $"{at}: name '{got.Name}'");
            Assert.True(want.Class == got.Class, $"{at}: class '{got.Class}', expected '{want.Class}'");
            Assert.True(want.Level == got.Level, $"{at}: level {got.Level}, expected {want.Level}");
            Assert.True(want.Role == got.Role, $"{at}: role {got.Role}, expected {want.Role}");
            if (codesPrinted)
            {
                Assert.True(want.Code == got.Code, $"{at}: code {got.Code}, expected {want.Code}");
            }

            // Blank and 0 differ: a null figure must stay null, and 0.00 must stay a figure.
            Assert.True(want.Values.SequenceEqual(got.Values), $"{at}: [{string.Join(", ", got.Values.Select(v => v?.ToString() ?? "~"))}], expected [{string.Join(", ", want.Values.Select(v => v?.ToString() ?? "~"))}]");
        }
    }
}
