using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Infrastructure;

/// <summary>
/// The browser tests are only as good as the server behind them: it must answer like a plain static
/// host, or a page could pass here and break in production (a stylesheet sent as text/plain is ignored).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class StaticSiteServerTests(BuiltSite site)
{
    private static readonly HttpClient Client = new();

    [Fact]
    public async Task The_test_server_answers_like_a_static_host()
    {
        using var home = await Client.GetAsync(site.Server.BaseUrl);
        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(site.FileOf("index.html")), await home.Content.ReadAsByteArrayAsync());

        var stylesheet = SiteFiles.WithExtension(site.OutputFolder, ".css")[0];
        using var css = await Client.GetAsync(site.Server.UrlOf(stylesheet));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        using var missing = await Client.GetAsync(site.Server.UrlOf("no-such-page.html"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);

        if (site.HtmlPages.FirstOrDefault(page => page.EndsWith("/index.html", StringComparison.Ordinal)) is { } folderIndex)
        {
            using var folder = await Client.GetAsync(site.Server.UrlOf(folderIndex[..^"index.html".Length]));
            Assert.Equal(await File.ReadAllBytesAsync(site.FileOf(folderIndex)), await folder.Content.ReadAsByteArrayAsync());
        }
    }
}
