using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Text;

/// <summary>
/// A page that shows "staff_authorised" where a reader expects 核定编制（人） has lost its words: a view model
/// used a string key as a label without looking it up. No page may show any key of the theme's strings,
/// neither in its text nor in the attributes a reader sees or hears (title, alt, placeholder, aria-label).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class StringKeyTests(BuiltSite site)
{
    private static readonly string[] ShownAttributes = ["title", "alt", "placeholder", "aria-label", "value"];

    [Fact]
    public void No_page_shows_a_key_of_the_theme_strings_instead_of_its_words() => AssertNoKeysShown(site, "zh-CN");

    /// <summary>No page of <paramref name="site"/> shows a key of the strings file of <paramref name="language"/>.</summary>
    internal static void AssertNoKeysShown(BuiltSite site, string language)
    {
        // In an English page a one-word key ("home") is also an English word; keys of two or more words still show.
        var keys = ThemeStringKeys(language).Where(key => language == "zh-CN" || key.Contains('_', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.True(keys.Count > 100, $"only {keys.Count} keys read from the strings file; the reading is broken");
        var failures = new FailureList();
        foreach (var page in site.HtmlPages)
        {
            var document = HtmlFiles.Parse(site.FileOf(page));
            foreach (var (where, text) in ShownTexts(document))
            {
                foreach (Match token in AsciiToken().Matches(text))
                {
                    if (keys.Contains(token.Value))
                    {
                        failures.Add($"{page}: {where} shows the string key '{token.Value}' in \"{Excerpt(text, token.Index)}\"");
                    }
                }
            }
        }

        failures.AssertNone($"string keys shown on the {site.HtmlPages.Count} pages");
    }

    private static HashSet<string> ThemeStringKeys(string language) =>
        File.ReadAllLines(Path.Combine(RepositoryFolders.Themes, $"default/strings/{language}.yaml"))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains(':', StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Where, string Text)> ShownTexts(IDocument document)
    {
        yield return ("<title>", document.Title ?? string.Empty);
        foreach (var node in document.Body!.Descendants().OfType<IText>())
        {
            if (node.ParentElement?.LocalName is not ("script" or "style" or "template"))
            {
                yield return ($"text in <{node.ParentElement?.LocalName}>", node.Data);
            }
        }

        foreach (var element in document.All)
        {
            foreach (var name in ShownAttributes)
            {
                if (element.GetAttribute(name) is { } value && (name != "value" || element.LocalName is "button" or "input"))
                {
                    yield return ($"<{element.LocalName} {name}>", value);
                }
            }
        }
    }

    private static string Excerpt(string text, int index) => text.Substring(Math.Max(0, index - 20), Math.Min(text.Length - Math.Max(0, index - 20), 60)).Trim();

    // A key is lowercase ASCII with underscores; CJK letters count as word characters to \b, so the edges are spelt out.
    [GeneratedRegex(@"(?<![A-Za-z0-9_])[a-z][a-z0-9_]*(?![A-Za-z0-9_])")]
    private static partial Regex AsciiToken();
}
