using System.Text.RegularExpressions;
using BudgetSiteGen.Building;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Rendering;

public sealed partial class ThemeTests
{
    [Fact]
    public void A_site_override_wins_over_the_theme_which_wins_over_the_built_in_theme()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var overrides = Path.Combine(scratch.Content, ThemeLoader.OverridesFolder, "strings");
        Directory.CreateDirectory(overrides);
        var strings = File.ReadAllText(Path.Combine(Repository.Themes, "default/strings/zh-CN.yaml"))
            .Replace("skip_to_content: 跳到正文", "skip_to_content: 直达正文", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(overrides, "zh-CN.yaml"), strings);

        // The themes folder does not exist: everything else comes from the built-in default theme.
        var output = Path.Combine(scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, Path.Combine(scratch.Root, "no-themes")), SilentProgress.Instance);

        Assert.True(result.Succeeded);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("直达正文", home);
        Assert.True(File.Exists(Path.Combine(output, "assets/site.css")));
    }

    [Fact]
    public void Raw_html_in_content_markdown_is_shown_as_text_not_passed_through()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text + """

            narrative:
              - id: income
                number: 二
                title: 收入预算情况说明
                body: 收入<script>alert(1)</script>说明 <b>粗</b>
            """);
        var output = Path.Combine(scratch.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance).Succeeded);
        var page = File.ReadAllText(Directory.GetFiles(output, "narrative.html", SearchOption.AllDirectories).Single());
        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("<b>粗</b>", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public void Every_ui_string_the_code_and_templates_use_is_in_the_default_theme()
    {
        var keys = File.ReadAllLines(Path.Combine(Repository.Themes, "default/strings/zh-CN.yaml"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in CodeKey().Matches(File.ReadAllText(file)))
            {
                used.Add(m.Groups[1].Value);
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Themes, "default"), "*" + TemplateNames.Extension, SearchOption.AllDirectories))
        {
            foreach (Match m in TemplateKey().Matches(File.ReadAllText(file)))
            {
                used.Add(m.Groups[1].Value);
            }
        }

        // Keys built from data: every level, vehicle use and code level must be there too.
        used.UnionWith(["level_national", "level_province", "level_city", "level_county", "level_township", "code_level_1", "code_level_2", "code_level_3"]);
        used.UnionWith(new[] { "leadership", "confidential", "emergency", "law_enforcement", "special_technical", "institution_business", "other" }.Select(u => "vehicle_use_" + u));
        Assert.True(used.Count > 50, $"only {used.Count} keys found; the scan is broken");
        Assert.Equal([], used.Where(k => !keys.Contains(k)).ToArray());
    }

    [GeneratedRegex(@"(?<!\w)(?:Get|Format|Fact|Text|AddCount|Add|Funds)\(""([a-z0-9_]+)""\s*[,)]")]
    private static partial Regex CodeKey();

    [GeneratedRegex(@"\bstrings\.([a-z0-9_]+)")]
    private static partial Regex TemplateKey();
}
