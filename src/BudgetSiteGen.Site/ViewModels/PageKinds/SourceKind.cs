using System.Globalization;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>数据来源: the document the report was transcribed from, and every figure corrected in transcription.</summary>
public sealed class SourceKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_source";

    public override string? Address(string folder) => SitePaths.Source(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return c.Page(SitePaths.Source(c.Folder), MenuKey, "source", Content(c));
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
    [
        new(SitePaths.Source(c.Folder), c.Text.Get(MenuKey), "other",
            [new(c.Year.Source?.Title ?? string.Empty, SearchWeight.Body), new(string.Join(" ", c.Year.Fixes.Select(f => f.Recorded)), SearchWeight.Body)]),
    ];

    private static SourceContent Content(PageKindContext c)
    {
        var citation = new FactList(c.Text);
        if (c.Year.Source is { } source)
        {
            citation.Fact("source_title", source.Title).Fact("source_publisher", source.Publisher)
                .Fact("source_published", source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Fact("source_url", source.Url).Fact("source_sha256", source.Sha256).Fact("source_document", source.Document);
        }

        var fixes = c.Year.Fixes.Select(f => new FixRow(f.Location, f.Printed, f.Recorded, f.Reason)).ToList();
        return new SourceContent(citation.Facts, MarkdownText.ToHtml(c.Year.Source?.Notes), fixes);
    }
}
