using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Links;

/// <summary>
/// The site promises no request to any other host: no CDN, no web font, no analytics, no link that
/// leaks a reader's visit. Every URL the pages, stylesheets and scripts would fetch or follow must
/// stay on the site (mailto:, tel: and data: reach no host and are allowed). The one exception is the link a
/// government site must give from its public-security filing number to its record on beian.mps.gov.cn: a
/// plain link, followed only when a reader chooses to, and allowed only in that exact form.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class NoOtherHostTests(BuiltSite site)
{
    [Fact]
    public void No_page_stylesheet_or_script_refers_to_another_host()
    {
        Assert.NotEmpty(site.HtmlPages);
        var failures = new FailureList();
        foreach (var file in SiteFiles.WithExtension(site.OutputFolder, ".html").Concat(SiteFiles.WithExtension(site.OutputFolder, ".svg")))
        {
            var document = HtmlFiles.Parse(site.FileOf(file));
            var references = MarkupUrls.In(document).Where(reference => UrlKinds.IsAbsolute(reference.Url) && !IsFilingRecordLink(reference))
                .Concat(MarkupUrls.ScriptTexts(document).SelectMany(script => ScriptUrls.AbsoluteIn(script, "<script>")));
            Report(file, references, failures);
        }

        foreach (var file in SiteFiles.WithExtension(site.OutputFolder, ".css"))
        {
            var references = CssUrls.In(File.ReadAllText(site.FileOf(file)), "stylesheet").Where(reference => UrlKinds.IsAbsolute(reference.Url));
            Report(file, references, failures);
        }

        foreach (var file in SiteFiles.WithExtension(site.OutputFolder, ".js"))
        {
            Report(file, ScriptUrls.AbsoluteIn(File.ReadAllText(site.FileOf(file)), "script"), failures);
        }

        failures.AssertNone("references to another host");
    }

    private static bool IsFilingRecordLink(UrlReference reference) =>
        reference.Where == "<a href>" && FilingRecordPage().IsMatch(reference.Url);

    [System.Text.RegularExpressions.GeneratedRegex(@"^https://beian\.mps\.gov\.cn/#/query/webSearch\?code=[0-9]{14}$")]
    private static partial System.Text.RegularExpressions.Regex FilingRecordPage();

    private static void Report(string file, IEnumerable<UrlReference> references, FailureList failures)
    {
        foreach (var reference in references)
        {
            failures.Add($"{file}: {reference.Where} {reference.Url}");
        }
    }
}
