using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>Parses output files as a browser would, without a browser, for tests that only read markup.</summary>
public static class HtmlFiles
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string path) => Parser.ParseDocument(File.ReadAllText(path));
}
