using System.Text.RegularExpressions;
using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Site;

/// <summary>
/// A Chinese government site shows its organiser, website identification code, ICP filing number and
/// public-security filing number at the foot of every page, the last linked to its record. The numbers are
/// legal identifiers: a malformed one is an error at its place in site.yaml, not a footer that misleads.
/// </summary>
public sealed class RegistrationTests
{
    private const string Registration = """
        title: 测试站点
        registration:
          organiser: 泽州县残疾人联合会
          site_code: "1405250001"
          icp_number: 晋ICP备12345678号-1
          public_security_number: 晋公网安备14052502000001号
        """;

    [Fact]
    public void Every_page_footer_shows_the_organiser_and_numbers_and_links_the_public_security_number_to_its_record()
    {
        using var scratch = new ScratchContent();
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), Registration);
        scratch.Report("a.yaml", MinimalReport.Text);
        var output = Path.Combine(scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));

        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 10, $"only {pages.Length} pages were built");
        foreach (var page in pages)
        {
            var footer = Footer(File.ReadAllText(page));
            Assert.Contains("主办单位：泽州县残疾人联合会", footer);
            Assert.Contains("网站标识码：1405250001", footer);
            Assert.Contains("ICP备案号：晋ICP备12345678号-1", footer);
            Assert.Contains("公安机关备案号：<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=14052502000001\" rel=\"noreferrer\">晋公网安备14052502000001号</a>", footer);
        }
    }

    [Fact]
    public void Without_registration_the_footer_has_no_registration_lines()
    {
        using var scratch = new ScratchContent();
        scratch.Report("a.yaml", MinimalReport.Text);
        var output = Path.Combine(scratch.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(scratch.Content, output, Repository.Themes), SilentProgress.Instance).Succeeded);
        var footer = Footer(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.DoesNotContain("主办单位", footer);
        Assert.DoesNotContain("beian", footer);
    }

    [Theory]
    [InlineData(4, "  site_code: \"14052500\"", "\"14052500\"")]
    [InlineData(4, "  site_code: \"ab05250001\"", "\"ab05250001\"")]
    [InlineData(5, "  icp_number: 晋ICP12345678号", "晋ICP12345678号")]
    [InlineData(5, "  icp_number: 沪ICP备1234号", "沪ICP备1234号")]
    [InlineData(5, "  icp_number: XICP备12345678号", "XICP备12345678号")]
    [InlineData(6, "  public_security_number: 晋公网安备1405250200000号", "晋公网安备1405250200000号")]
    [InlineData(6, "  public_security_number: 晋公网安备14052502000001", "晋公网安备14052502000001")]
    public void A_malformed_number_is_an_error_at_its_value(int line, string replacement, string value)
    {
        using var scratch = new ScratchContent();
        var lines = Registration.Split('\n');
        lines[line - 1] = replacement;
        File.WriteAllText(Path.Combine(scratch.Content, "site.yaml"), string.Join('\n', lines));
        scratch.Report("a.yaml", MinimalReport.Text);
        var result = ContentLoader.Load(scratch.Content);

        Assert.Null(result.Content);
        // An unusable site.yaml also leaves the report without shared lists to check against; only site.yaml's own diagnostic matters here.
        var error = Assert.Single(result.Diagnostics, d => d.Location.File.EndsWith("site.yaml", StringComparison.Ordinal));
        Assert.Equal((DiagnosticCodes.InvalidRegistrationNumber, Severity.Error), (error.Code, error.Severity));
        Assert.EndsWith("site.yaml", error.Location.File);
        Assert.Equal((line, replacement.IndexOf(value, StringComparison.Ordinal) + 1), (error.Location.Line, error.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Expected));
    }

    [Fact]
    public void The_repository_site_settings_keep_the_registration_example_commented_out()
    {
        var result = ContentLoader.Load(Repository.Content);
        Assert.Null(result.Content!.Site.Registration);
        Assert.Contains("# registration:", File.ReadAllText(Path.Combine(Repository.Content, "site.yaml")));
    }

    private static string Footer(string page) =>
        // Decoded as a browser reads attributes: the template writes '=' in the link as &#x3D;.
        System.Net.WebUtility.HtmlDecode(Regex.Match(page, "<footer class=\"site-footer\">.*</footer>", RegexOptions.Singleline).Value);
}
