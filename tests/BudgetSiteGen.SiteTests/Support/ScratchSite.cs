using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// A site built from content a test writes, into a temp folder, and served on 127.0.0.1 like the shared
/// one. The server starts before the content is written, so the content can name the site's own address
/// (base_url) and absolute links can be followed in the browser.
/// </summary>
public sealed class ScratchSite : IAsyncDisposable
{
    private readonly ScratchFolder _scratch;

    private ScratchSite(ScratchFolder scratch, StaticSiteServer server, IReadOnlyList<Diagnostic> diagnostics)
    {
        _scratch = scratch;
        Server = server;
        Diagnostics = diagnostics;
        HtmlPages = SiteFiles.WithExtension(OutputFolder, ".html");
    }

    public StaticSiteServer Server { get; }

    /// <summary>What the build reported (it succeeded, so warnings only).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public string OutputFolder => _scratch.Combine("output");

    public IReadOnlyList<string> HtmlPages { get; }

    /// <param name="writeContent">Writes the content folder (first argument), given the address the site is served at.</param>
    public static ScratchSite Build(string purpose, Action<string, Uri> writeContent)
    {
        var scratch = new ScratchFolder(purpose);
        var server = StaticSiteServer.Start(scratch.Combine("output"));
        var content = scratch.Combine("content");
        writeContent(content, server.BaseUrl);
        var result = SiteBuilder.Build(new BuildOptions(content, scratch.Combine("output"), RepositoryFolders.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, $"the {purpose} site did not build: " + string.Join("; ", result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}")));
        return new ScratchSite(scratch, server, result.Diagnostics);
    }

    public string FileOf(string relativePath) => Path.Combine(OutputFolder, relativePath);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _scratch.Dispose();
    }
}
