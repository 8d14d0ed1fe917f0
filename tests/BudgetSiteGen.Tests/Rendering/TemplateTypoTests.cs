using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Rendering;

/// <summary>
/// A typo in a template stops the build at the template, line and column where it is, instead of rendering
/// as nothing on every page. Positions point at the misspelt name itself.
/// </summary>
public sealed class TemplateTypoTests
{
    [Theory]
    [InlineData("<h1>{{ page.title }}</h1>\n<p>{{ page.titel }}</p>\n", 2, 12, "`titel` is not a member of PageModel")]
    [InlineData("<h1>{{ page.title }}</h1>\n<p>{{ strings.home_by_jurisdictoin }}</p>\n", 2, 15, "`home_by_jurisdictoin` is not a member of the strings")]
    [InlineData("<h1>{{ titel }}</h1>\n", 1, 8, "there is no variable `titel`")]
    [InlineData("<h1>{{ page.title }}</h1>\n\n  {{ include 'link-lsit' content.comparisons }}\n", 3, 6, "the theme has no partial 'link-lsit'")]
    public void A_template_naming_something_that_does_not_exist_fails_the_build_at_its_place(string template, int line, int column, string problem)
    {
        var result = BuildWithHomeTemplate(template);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TemplateUnknownName, error.Code);
        Assert.Equal(TemplateNames.Page("home"), error.Location.File);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_inside_a_partial_is_reported_in_the_partial_not_in_the_page_that_includes_it()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        WriteOverride(scratch, TemplateNames.Partial("link-list"), "<ul>{{ for link in model }}<li>{{ link.lable }}</li>{{ end }}</ul>\n");

        var result = Build(scratch);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.TemplateUnknownName, TemplateNames.Partial("link-list"), 1, 40),
            (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_at_its_line_and_column_before_anything_is_built()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        WriteOverride(scratch, TemplateNames.Page("home"), "<h1>{{ page.title }}</h1>\n{{ if content.comparisons }}\n<p>no end</p>\n");
        WriteOverride(scratch, TemplateNames.Page("listing"), "<h1>{{ page.title }</h1>\n");

        var result = Build(scratch);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateDoesNotParse).ToList();
        Assert.Equal([TemplateNames.Page("home"), TemplateNames.Page("listing")], errors.Select(e => e.Location.File).Distinct().Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.True(e.Location.Line > 1 || e.Location.Column > 1, $"{e.Location} is not a place in the template"));
        Assert.False(Directory.Exists(Path.Combine(scratch.Root, "output")));
    }

    [Fact]
    public void A_value_a_template_writes_is_escaped_without_the_template_asking()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var site = Path.Combine(scratch.Content, "site.yaml");
        File.WriteAllLines(site, File.ReadAllLines(site).Select(line => line.StartsWith("description:", StringComparison.Ordinal) ? "description: '<b>粗</b> & \"引号\"'" : line));

        var result = Build(scratch);

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var home = File.ReadAllText(Path.Combine(scratch.Root, "output", "index.html"));
        Assert.Contains("&lt;b&gt;粗&lt;/b&gt; &amp; &quot;引号&quot;", home, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>粗</b>", home, StringComparison.Ordinal);
    }

    private static BuildResult BuildWithHomeTemplate(string template)
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        WriteOverride(scratch, TemplateNames.Page("home"), template);
        return Build(scratch);
    }

    private static void WriteOverride(ScratchContent scratch, string relativePath, string text)
    {
        var path = Path.Combine(scratch.Content, ThemeLoader.OverridesFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static BuildResult Build(ScratchContent scratch) =>
        SiteBuilder.Build(new BuildOptions(scratch.Content, Path.Combine(scratch.Root, "output"), Repository.Themes), SilentProgress.Instance);
}
