using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;

namespace BudgetSiteGen.Tests.Support;

/// <summary>A scratch content folder built into a site, whose pages a test reads as parsed HTML.</summary>
public sealed class ScratchSite : IDisposable
{
    private readonly ScratchContent _content = new();

    public string Output => Path.Combine(_content.Root, "output");

    /// <summary>Adds a report file: its text as written, or a file of the repository's content by its path under content/reports.</summary>
    public ScratchSite Report(string name, string text)
    {
        _content.Report(name, text);
        return this;
    }

    public ScratchSite RealReport(string pathUnderReports) =>
        Report(pathUnderReports, File.ReadAllText(Path.Combine(Repository.Content, "reports", pathUnderReports)));

    public ScratchSite Build()
    {
        var result = SiteBuilder.Build(new BuildOptions(_content.Content, Output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
        return this;
    }

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    public string Text(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IDocument Page(string path) => new HtmlParser().ParseDocument(Text(path));

    public void Dispose() => _content.Dispose();
}
