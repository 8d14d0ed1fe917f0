using BudgetSiteGen.Building;
using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// The site built once per test run from the repository's content/ and themes/ into a temp folder,
/// served on 127.0.0.1, with one Chromium for every browser test. Building and launching once keeps
/// a sweep over a few hundred pages fast enough to run on every commit. A subclass builds the same way
/// from content it writes itself (see <see cref="PairedReportsSite"/>).
/// </summary>
public class BuiltSite : IAsyncLifetime
{
    private readonly ScratchFolder _scratch = new("site");
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _browserFailure;

    public BuiltSite()
    {
        ContentFolder = RepositoryFolders.Content;
    }

    /// <param name="writeContent">Writes a content folder into the given path, which the site is then built from.</param>
    protected BuiltSite(Action<string> writeContent)
    {
        ContentFolder = _scratch.Combine("content");
        writeContent(ContentFolder);
    }

    public string ContentFolder { get; }

    public string ThemesFolder { get; } = RepositoryFolders.Themes;

    public string OutputFolder => _scratch.Combine("output");

    /// <summary>Every .html file of the output, '/'-separated and relative to the site root, in ordinal order.</summary>
    public IReadOnlyList<string> HtmlPages { get; private set; } = [];

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("the site is not served yet");

    /// <summary>
    /// The shared browser. A missing or broken Chromium fails only the tests that need it, with the
    /// reason, while the tests that read the files still run.
    /// </summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        "The browser tests could not start Chromium: " + _browserFailure?.Message, _browserFailure);

    public async Task InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildOptions(ContentFolder, OutputFolder, ThemesFolder), SilentProgress.Instance);
        Assert.True(result.Succeeded, "the site did not build: " + string.Join("; ", result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}")));
        HtmlPages = SiteFiles.WithExtension(OutputFolder, ".html").Where(Sweeps).ToList();
        _server = StaticSiteServer.Start(OutputFolder);
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await SystemChromium.LaunchAsync(_playwright);
        }
        catch (Exception ex) // whatever stops the browser, the file-reading tests still run
        {
            _browserFailure = ex;
        }
    }

    /// <summary>Whether a page of the output is one of <see cref="HtmlPages"/>, which the sweeps over the site visit.</summary>
    protected virtual bool Sweeps(string page) => true;

    /// <summary>The absolute path of a file given by its site-relative path.</summary>
    public string FileOf(string relativePath) => Path.Combine(OutputFolder, relativePath);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _scratch.Dispose();
    }
}
