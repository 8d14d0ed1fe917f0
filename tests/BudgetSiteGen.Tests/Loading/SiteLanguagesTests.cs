using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>site.yaml's languages: the first is published at the root and each other under its folder, so a list that
/// is empty, repeats a language or contradicts language is an error at the place that says it.</summary>
public sealed class SiteLanguagesTests
{
    [Theory]
    [InlineData("languages: []\n", 2, 12)]
    [InlineData("languages: [zh-CN, en, zh-CN]\n", 2, 24)]
    [InlineData("language: en\nlanguages: [zh-CN, en]\n", 2, 11)]
    public void A_languages_list_that_cannot_be_published_is_an_error_where_it_says_so(string settings, int line, int column)
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), "title: 测试\n" + settings);
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.InvalidLanguages, line, column), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_language_of_the_list_that_is_not_a_tag_is_the_language_tag_error()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), "title: 测试\nlanguages: [zh-CN, ../en]\n");
        var d = Assert.Single(CheckAndBuild.Agreeing(scratch.Content));
        Assert.Equal((DiagnosticCodes.InvalidLanguage, 2, 20), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_language_the_theme_has_no_strings_for_is_reported_where_languages_names_it()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), "title: 测试\nlanguages: [zh-CN, fr]\n");
        Assert.Empty(CheckAndBuild.Check(scratch.Content).Diagnostics);
        var d = Assert.Single(CheckAndBuild.Build(scratch.Content).Diagnostics);
        Assert.Equal((DiagnosticCodes.ThemeProblem, 2, 20), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains("strings/fr.yaml", d.Message, StringComparison.Ordinal);
    }
}
