using System.Globalization;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// The repository's content as a real portal would publish it: its base_url (the address the test serves
/// it at), the registration a government site shows in its footer, and four years of Zezhou, so that the
/// department has a comparison of years. Built once for the tests that need any of these.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    public const string PublicSecurityNumber = "晋公网安备14052502000001号";

    private ScratchSite? _site;

    public ScratchSite Site => _site ?? throw new InvalidOperationException("the published site is not built yet");

    public Task InitializeAsync()
    {
        _site = ScratchSite.Build("published", Write);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private static void Write(string content, Uri address)
    {
        FolderCopy.Recursive(RepositoryFolders.Content, content);
        File.WriteAllText(Path.Combine(content, "site.yaml"), $"""
            title: 残疾人事业预算公开
            language: zh-CN
            base_url: {address}
            registration:
              organiser: 泽州县残疾人联合会
              site_code: "1405250001"
              icp_number: 晋ICP备12345678号
              public_security_number: {PublicSecurityNumber}
            """);

        // Earlier years of Zezhou: the 2024 report under another year, with another total, so each year differs.
        var zezhou = Path.Combine(content, "reports/zezhou/dpf");
        var report = File.ReadAllText(Path.Combine(zezhou, "2024-budget.yaml"));
        foreach (var (year, total) in new[] { (2021, "1590.10"), (2022, "1655.20"), (2023, "1746.60") })
        {
            var earlier = report.Replace("\n  year: 2024\n", $"\n  year: {year.ToString(CultureInfo.InvariantCulture)}\n", StringComparison.Ordinal)
                .Replace("{ name: 收入总计, role: grand_total, values: [1806.23] }", $"{{ name: 收入总计, role: grand_total, values: [{total}] }}", StringComparison.Ordinal);
            Assert.NotEqual(report, earlier);
            File.WriteAllText(Path.Combine(zezhou, $"{year.ToString(CultureInfo.InvariantCulture)}-budget.yaml"), earlier);
        }
    }
}
