using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Links;

/// <summary>
/// A reader who follows any link, or a page that loads any stylesheet, image or script, must find it:
/// every same-site URL leads to a file of the output and every #fragment to an element with that id.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class InternalLinkTests(BuiltSite site)
{
    [Fact]
    public void Every_internal_link_leads_to_a_file_and_every_fragment_to_an_id() => AssertLinksResolve(site);

    internal static void AssertLinksResolve(BuiltSite site)
    {
        Assert.NotEmpty(site.HtmlPages);
        var failures = new FailureList();
        var targets = new FragmentTargets(site.OutputFolder);
        var links = 0;
        foreach (var file in site.HtmlPages.Concat(SiteFiles.WithExtension(site.OutputFolder, ".svg")))
        {
            var document = HtmlFiles.Parse(site.FileOf(file));
            targets.Remember(file, document);
            foreach (var reference in MarkupUrls.In(document).Where(reference => UrlKinds.IsSameSite(reference.Url)))
            {
                links++;
                Check(site, file, reference, targets, failures);
            }
        }

        foreach (var file in SiteFiles.WithExtension(site.OutputFolder, ".css"))
        {
            foreach (var reference in CssUrls.In(File.ReadAllText(site.FileOf(file)), "stylesheet").Where(reference => UrlKinds.IsSameSite(reference.Url)))
            {
                links++;
                Check(site, file, reference, targets, failures);
            }
        }

        Assert.True(links > 0, "the output has no internal link at all: not even the stylesheet");
        failures.AssertNone($"broken internal links ({links} checked)");
    }

    private static void Check(BuiltSite site, string file, UrlReference reference, FragmentTargets targets, FailureList failures)
    {
        var link = SiteLink.Resolve(site.OutputFolder, file, reference.Url);
        if (link.Problem is not null)
        {
            failures.Add($"{file}: {reference.Where} \"{reference.Url}\" {link.Problem}");
        }
        else if (link.Fragment is not null && !targets.Has(link.Target!, link.Fragment))
        {
            failures.Add($"{file}: {reference.Where} \"{reference.Url}\": {link.Target} has no element with id \"{link.Fragment}\"");
        }
    }
}
