using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Rendering;

/// <summary>The walkthrough "Making a second theme" of docs/theming.md, step by step, as a theme author follows it.</summary>
public sealed class SecondThemeTests
{
    [Fact]
    public void A_copied_theme_with_one_string_and_one_template_changed_shows_both_and_leaves_the_rest_alone()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var themes = Path.Combine(scratch.Root, "themes");

        // 1. cp -r themes/default themes/civic
        var civic = Path.Combine(themes, "civic");
        CopyFolder(Path.Combine(Repository.Themes, "default"), civic);

        // 2. theme: civic in content/site.yaml
        var site = Path.Combine(scratch.Content, "site.yaml");
        File.WriteAllLines(site, File.ReadAllLines(site).Select(line => line.StartsWith("theme:", StringComparison.Ordinal) ? "theme: civic" : line));

        // 3. home_by_jurisdiction: 按地区查看
        var strings = Path.Combine(civic, "strings", "zh-CN.yaml");
        File.WriteAllLines(strings, File.ReadAllLines(strings).Select(line => line.StartsWith("home_by_jurisdiction:", StringComparison.Ordinal) ? "home_by_jurisdiction: 按地区查看" : line));

        // 4. a line under the home page's heading, and the string it names
        var home = Path.Combine(civic, "pages", "home.sbn-html");
        var lines = File.ReadAllLines(home).ToList();
        lines.Insert(lines.FindIndex(l => l.StartsWith("<h1>", StringComparison.Ordinal)) + 1, "<p class=\"civic-note\">{{ strings.civic_note }}</p>");
        File.WriteAllLines(home, lines);
        File.AppendAllText(strings, "civic_note: 本站数据每年更新。\n");

        // 5. build
        var output = Path.Combine(scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, themes), SilentProgress.Instance);

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("本站数据每年更新。", page.QuerySelector("h1 + p.civic-note")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "按地区查看");
        var overview = Directory.GetFiles(output, "index.html", SearchOption.AllDirectories).Select(File.ReadAllText).First(t => t.Contains("section-menu", StringComparison.Ordinal));
        Assert.DoesNotContain("civic-note", overview, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
