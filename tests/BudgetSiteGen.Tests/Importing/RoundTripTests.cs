using BudgetSiteGen.Exporting;
using BudgetSiteGen.Importing;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Tests.Importing;

/// <summary>
/// The workbook a reader downloads is one a bureau can import again: exporting each report of content/ and importing
/// that workbook gives back every table, row and figure, blank vs 0 included.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bsg-roundtrip-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Reports => [.. FixtureWorkbook.All.Keys];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Exporting_a_report_and_importing_its_workbook_gives_the_same_tables(string report)
    {
        var fixture = FixtureWorkbook.All[report];
        var transcribed = ImportedTables.Transcribed(fixture.ContentFile);
        var theme = ThemeLoader.Load(new ThemeFiles([Path.Combine(Repository.Themes, "default")]), "zh-CN", new Diagnostics.DiagnosticBag())!;
        var workbook = Path.Combine(_folder, report + ".xlsx");
        File.WriteAllBytes(workbook, ReportWorkbook.Write(transcribed, new WorkbookWords(new UiText(theme.Strings)), "0123456789ab"));

        var imported = WorkbookImporter.Import([workbook], fixture.Options, FixtureWorkbook.LayoutNamed(fixture.Layout));

        ImportedTables.AssertSame(transcribed, ImportedTables.Load(imported, fixture.ContentFile), $"{report} (round trip)");
    }
}
