using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BudgetSiteGen.SiteTests.Accessibility;
using BudgetSiteGen.SiteTests.Layout;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Text;

/// <summary>
/// The same content published in English under en/: every page says it is English, points to its Chinese twin and
/// back, speaks no Chinese of its own (only the data's names, titles, rows and narratives, as printed), and is as
/// accessible and as readable on a phone as the Chinese pages.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class EnglishInterfaceTests(EnglishSite site)
{
    [Fact]
    public void The_site_has_every_page_in_English_under_en()
    {
        var all = SiteFiles.WithExtension(site.OutputFolder, ".html");
        var chinese = all.Where(p => !p.StartsWith(EnglishSite.Folder, StringComparison.Ordinal)).ToList();
        Assert.True(chinese.Count > 100, $"only {chinese.Count} Chinese pages were built");
        var missing = chinese.Where(p => !File.Exists(site.FileOf(EnglishSite.Folder + p))).ToList();
        Assert.True(missing.Count == 0, "pages without an English twin: " + string.Join(", ", missing.Take(10)));
    }

    [Fact]
    public void Every_page_declares_its_language_and_links_its_twin_both_ways()
    {
        var failures = new FailureList();
        foreach (var page in SiteFiles.WithExtension(site.OutputFolder, ".html").Where(p => p != "404.html" && p != EnglishSite.Folder + "404.html"))
        {
            var english = page.StartsWith(EnglishSite.Folder, StringComparison.Ordinal);
            var twin = english ? page[EnglishSite.Folder.Length..] : EnglishSite.Folder + page;
            var document = HtmlFiles.Parse(site.FileOf(page));
            var lang = document.DocumentElement.GetAttribute("lang");
            if (lang != (english ? "en" : "zh-CN"))
            {
                failures.Add($"{page}: <html lang=\"{lang}\">");
            }

            var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            foreach (var (tag, expected) in new[] { ("zh-CN", english ? twin : page), ("en", english ? page : twin) })
            {
                if (!alternates.TryGetValue(tag, out var href) || Resolve(page, href) != expected)
                {
                    failures.Add($"{page}: the {tag} alternate is {(href ?? "missing")}, not {expected}");
                }
            }

            var switchLink = document.QuerySelector($".language-switch a[hreflang='{(english ? "zh-CN" : "en")}']");
            if (switchLink is null || Resolve(page, switchLink.GetAttribute("href")!) != twin)
            {
                failures.Add($"{page}: the language switch does not lead to {twin}");
            }
        }

        failures.AssertNone("pages whose language or language links are wrong");
    }

    [Fact]
    public void No_English_page_shows_Chinese_words_that_are_not_from_the_data()
    {
        var data = DataText();
        var failures = new FailureList();
        foreach (var page in site.HtmlPages)
        {
            var document = HtmlFiles.Parse(site.FileOf(page));
            foreach (var (where, text) in ShownTexts(document))
            {
                foreach (Match run in Chinese().Matches(text))
                {
                    if (!data.Contains(run.Value, StringComparison.Ordinal))
                    {
                        failures.Add($"{page}: {where} shows “{run.Value}” in \"{text.Trim()[..Math.Min(80, text.Trim().Length)]}\", which no content file holds");
                    }
                }
            }
        }

        failures.AssertNone($"Chinese interface words on the {site.HtmlPages.Count} English pages");
    }

    [Fact]
    public void No_English_page_shows_a_key_of_the_theme_strings_instead_of_its_words() =>
        StringKeyTests.AssertNoKeysShown(site, "en");

    /// <summary>The Chinese sweep checks every page; in English, one page of each shape (see <see cref="PageShapes"/>).</summary>
    [Fact]
    public Task Every_shape_of_English_page_has_no_WCAG_A_or_AA_violation()
    {
        var pages = PageShapes.OnePerShape(site);
        Assert.True(pages.Count > 30 && pages.Count < site.HtmlPages.Count, $"{pages.Count} shapes among {site.HtmlPages.Count} English pages");
        return AxeAccessibilityTests.AssertNoViolationsAsync(site, pages);
    }

    [Fact]
    public Task No_English_page_scrolls_sideways_on_a_phone() => NarrowViewportTests.AssertReflowsAsync(site);

    /// <summary>Every text the content folder and the table layouts hold: what an English page may show in Chinese.</summary>
    private static string DataText()
    {
        var folders = new[] { RepositoryFolders.Content, Path.Combine(RepositoryFolders.Root, "layouts") };
        return string.Join('\n', folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText));
    }

    /// <summary>What a reader sees or hears: text outside scripts and styles, the title, and text alternatives.</summary>
    private static IEnumerable<(string Where, string Text)> ShownTexts(IDocument document)
    {
        yield return ("<title>", document.Title ?? string.Empty);
        foreach (var node in document.Body!.Descendants().OfType<IText>())
        {
            // The link to the Chinese pages is named in Chinese, and marked so, on purpose.
            if (node.ParentElement is { LocalName: not ("script" or "style" or "template") } parent && parent.Closest("[lang='zh-CN']") is null)
            {
                yield return ($"text in <{parent.LocalName}>", node.Data);
            }
        }

        foreach (var element in document.All)
        {
            foreach (var name in new[] { "title", "alt", "placeholder", "aria-label" })
            {
                if (element.GetAttribute(name) is { } value)
                {
                    yield return ($"<{element.LocalName} {name}>", value);
                }
            }
        }
    }

    private static string Resolve(string page, string href)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('#')[0].Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")]
    private static partial Regex Chinese();
}
