using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Security;

/// <summary>
/// Script and markup in every text field of a report (titles, names, labels, Markdown with raw HTML and script
/// links, card texts, glossary, a table's footnote, the site's title and footer) must reach no file of the site
/// as something that runs: no script element but the theme's own, no event attribute, no script address, in
/// any page, feed, search shard or download. This reads every file the build wrote, without a browser.
/// </summary>
public sealed partial class NoExecutableOutputTests : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The only scripts a page may load: the theme's own, from the site's assets folder.</summary>
    private static readonly string[] ThemeScripts = ["assets/search.js", "assets/compare.js"];

    private ScratchSite? _site;

    public Task InitializeAsync()
    {
        _site = ScratchSite.Build("payloads", (content, baseUrl) =>
        {
            HostileContent.Write(content);

            // A base address makes the build write its feed and sitemap.xml; the footer shows the organiser.
            File.AppendAllText(Path.Combine(content, "site.yaml"), $"base_url: {baseUrl}\nregistration:\n  organiser: {HostileContent.Text}\n");
            var report = Path.Combine(content, "reports/2024.yaml");
            File.WriteAllText(report, File.ReadAllText(report).Replace("    stub:\n", $"    note: {HostileContent.Text}\n    stub:\n", StringComparison.Ordinal));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Fact]
    public void No_page_feed_search_shard_or_download_carries_script_from_the_content()
    {
        var site = _site!;
        var failures = new List<string>();
        var files = SiteFiles.WithExtension(site.OutputFolder, string.Empty);
        foreach (var file in files)
        {
            var text = File.ReadAllText(site.FileOf(file));
            var problems = Path.GetExtension(file) switch
            {
                ".xlsx" => WorkbookProblems(site.FileOf(file)),
                ".html" => HtmlProblems(text),
                ".svg" => HtmlProblems(text),
                ".xml" => FeedProblems(text),
                ".js" when file.StartsWith("search/", StringComparison.Ordinal) => ShardProblems(text),
                ".js" or ".css" => ThemeFileProblems(file),
                ".csv" or ".json" or ".txt" => [],
                _ when file == BudgetSiteGen.Writing.OutputMarker.FileName => [],
                var other => [$"a file of an unexpected type ({other}): a browser might run it"],
            };
            failures.AddRange(problems.Select(p => $"{file}: {p}"));
        }

        // The payload must have reached the site as text, or the test proves nothing.
        Assert.Contains(files, f => f.EndsWith(".xml", StringComparison.Ordinal) && File.ReadAllText(site.FileOf(f)).Contains("<feed", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal) && Parser.ParseDocument(File.ReadAllText(site.FileOf(f))).Body!.TextContent.Contains("<script>window.__pwned=1</script>", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("search/d/", StringComparison.Ordinal) && File.ReadAllText(site.FileOf(f)).Contains("window.__pwned=1", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    /// <summary>
    /// A workbook runs nothing unless it carries macros, formulas (a text such as "=HYPERLINK(…)" must stay text) or
    /// links to other files; its cells hold the payload as plain strings.
    /// </summary>
    private static IEnumerable<string> WorkbookProblems(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || entry.FullName.Contains("externalLink", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.Contains("activeX", StringComparison.OrdinalIgnoreCase) || entry.FullName.Contains("oleObject", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"the workbook holds {entry.FullName}";
            }

            if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(entry.Open());
                var xml = reader.ReadToEnd();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(xml, "<(\\w+:)?f[ >]"))
                {
                    yield return $"{entry.FullName} holds a formula";
                }

                if (xml.Contains("TargetMode=\"External\"", StringComparison.Ordinal))
                {
                    yield return $"{entry.FullName} links outside the workbook";
                }
            }
        }
    }

    private static IEnumerable<string> HtmlProblems(string html) => ElementProblems(Parser.ParseDocument(html).All);

    private static IEnumerable<string> ElementProblems(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            var name = element.LocalName;
            if (name == "script" && (element.TextContent.Trim().Length > 0 || !ThemeScripts.Any(s => (element.GetAttribute("src") ?? string.Empty).EndsWith(s, StringComparison.Ordinal))))
            {
                yield return $"a script that is not the theme's: {element.OuterHtml}";
            }

            if (name is "iframe" or "object" or "embed" or "frame" or "base" || (name == "meta" && element.HasAttribute("http-equiv")))
            {
                yield return $"an element that loads or runs content: {element.OuterHtml}";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"an event attribute {attribute.Name} on <{name}>";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "data" or "srcdoc" && ScriptAddress().IsMatch(Compact(attribute.Value)))
                {
                    yield return $"a script address in {attribute.Name} of <{name}>: {attribute.Value}";
                }
            }
        }
    }

    /// <summary>A feed reader shows entries' html content as markup, so that markup is read like a page's.</summary>
    private static IEnumerable<string> FeedProblems(string xml)
    {
        var document = XDocument.Parse(xml);
        var markup = document.Descendants().Where(e => (string?)e.Attribute("type") is "html" or "xhtml").Select(e => e.Value);
        var addresses = document.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName == "href").Select(a => a.Value)
            .Concat(document.Descendants().Where(e => e.Name.LocalName is "loc" or "id" or "uri").Select(e => e.Value));
        return markup.SelectMany(html => ElementProblems(Parser.ParseDocument(html).All))
            .Concat(addresses.Where(a => ScriptAddress().IsMatch(Compact(a))).Select(a => $"a script address: {a}"));
    }

    /// <summary>A search shard is one call with JSON in it: the data can only stay data if the JSON is whole.</summary>
    private static IEnumerable<string> ShardProblems(string script)
    {
        var match = ShardCall().Match(script);
        if (!match.Success)
        {
            return [$"not a single BSG.x(n, JSON) call: {script[..Math.Min(120, script.Length)]}"];
        }

        try
        {
            using var _ = JsonDocument.Parse(match.Groups["json"].Value);
            return [];
        }
        catch (JsonException e)
        {
            return [$"its data is not one JSON value, so it could hold code: {e.Message}"];
        }
    }

    /// <summary>Scripts and stylesheets outside search/ are the theme's own files, never written from content.</summary>
    private static IEnumerable<string> ThemeFileProblems(string file) =>
        file.StartsWith("assets/", StringComparison.Ordinal) ? [] : [$"a script or stylesheet outside assets/"];

    /// <summary>Browsers ignore whitespace and control characters inside a scheme; so does this check.</summary>
    private static string Compact(string address) => new(address.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());

    /// <summary>An image as data (the 404 page's own icon) runs nothing; any other data: address could be a document.</summary>
    [GeneratedRegex(@"^((java|vb|live)script:|data:(?!image/))", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptAddress();

    [GeneratedRegex(@"^BSG\.[a-z]\((?:\d+,)?(?<json>.*)\);\s*$", RegexOptions.Singleline)]
    private static partial Regex ShardCall();
}
