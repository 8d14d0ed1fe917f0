namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// A second built site, from a made-up department with the budget and the final accounts of one year (the test data of
/// tests/TestData/paired-reports): it has the page types the real content lacks — a 预算执行 page that
/// pairs two reports, an unreadable cell, a printed 完成率 — so the browser checks run on them too.
/// </summary>
public sealed class PairedReportsSite() : BuiltSite(WriteContent)
{
    private static void WriteContent(string content)
    {
        var reports = Path.Combine(content, "reports", "shanghai-putuo", "audit");
        Directory.CreateDirectory(reports);
        foreach (var shared in new[] { "site.yaml", "jurisdictions.yaml", "department-kinds.yaml" })
        {
            File.Copy(Path.Combine(RepositoryFolders.Content, shared), Path.Combine(content, shared));
        }

        var data = Path.Combine(RepositoryFolders.Root, "tests", "TestData", "paired-reports");
        foreach (var report in new[] { "2024-budget.yaml", "2024-final-accounts.yaml" })
        {
            File.Copy(Path.Combine(data, report), Path.Combine(reports, report));
        }
    }
}
