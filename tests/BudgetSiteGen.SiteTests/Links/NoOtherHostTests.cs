using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Links;

/// <summary>
/// The site promises no request to any other host: no CDN, no web font, no analytics, no link that
/// leaks a reader's visit. Every URL the pages, stylesheets and scripts would fetch or follow must
/// stay on the site (mailto:, tel: and data: reach no host and are allowed).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NoOtherHostTests(BuiltSite site)
{
    [Fact]
    public void No_page_stylesheet_or_script_refers_to_another_host()
    {
        Assert.NotEmpty(site.HtmlPages);
        var failures = new FailureList();
        foreach (var file in SiteFiles.WithExtension(site.OutputFolder, ".html").Concat(SiteFiles.WithExtension(site.OutputFolder, ".svg")))
        {
            var document = HtmlFiles.Parse(site.FileOf(file));
            var references = MarkupUrls.In(document).Where(reference => UrlKinds.IsAbsolute(reference.Url))
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

    private static void Report(string file, IEnumerable<UrlReference> references, FailureList failures)
    {
        foreach (var reference in references)
        {
            failures.Add($"{file}: {reference.Where} {reference.Url}");
        }
    }
}
