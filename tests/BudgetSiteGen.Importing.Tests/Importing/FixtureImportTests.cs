using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Importing;

/// <summary>
/// Importing each report's fixture workbooks gives the tables transcribed by hand in content/ (see
/// <see cref="ImportedTables"/>), and a data file that passes check and the schema.
/// </summary>
public sealed class FixtureImportTests
{
    public static TheoryData<string> Reports => [.. FixtureWorkbook.All.Keys];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Importing_a_reports_fixture_workbooks_gives_the_tables_transcribed_in_content(string report)
    {
        var fixture = FixtureWorkbook.All[report];

        ImportedTables.AssertSame(ImportedTables.Transcribed(fixture.ContentFile), ImportedTables.Load(fixture.Import(), fixture.ContentFile), report);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_imported_data_file_passes_check_and_names_what_is_still_to_write(string report)
    {
        var fixture = FixtureWorkbook.All[report];
        var result = fixture.Import();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);

        using var scratch = new ScratchContent();
        scratch.Report(fixture.ContentFile["reports/".Length..], result.DataFile!);
        var loaded = ContentLoader.Load(scratch.Content);

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
        var stillToWrite = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.ReportStillToWrite);
        Assert.Contains("narrative", stillToWrite.Message, StringComparison.Ordinal);
        Assert.Contains("source", stillToWrite.Message, StringComparison.Ordinal);
        Assert.Contains("narrative: []", result.DataFile, StringComparison.Ordinal);
        Assert.Contains("# TO DO", result.DataFile, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_imported_data_file_is_valid_against_the_published_schema_for_editors(string report)
    {
        var result = FixtureWorkbook.All[report].Import();

        PublishedSchema.AssertValid(PublishedSchema.DepartmentYearPath, YamlAsJson.Parse(result.DataFile!), $"the data file imported for {report}");
    }
}
