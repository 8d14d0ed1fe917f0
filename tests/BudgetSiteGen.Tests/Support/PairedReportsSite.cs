using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetSiteGen.Building;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// A department with the budget and the final accounts of one year, built once for the tests that read its pages.
/// The figures are made up and agree with each other; the budget is in 元 with its 三公 table in 万元, the final
/// accounts in 万元 with codes printed as 类/款/项 columns, a 三公 table of 预算数/决算数 per item with a printed
/// 完成率, one unreadable cell and a basic-expenditure table in two blocks.
/// </summary>
public sealed class PairedReportsSite : IDisposable
{
    public const string BudgetFolder = "shanghai-putuo/audit/2024-budget";

    public const string FinalFolder = "shanghai-putuo/audit/2024-final";

    /// <summary>The budget, in TestData/paired-reports.</summary>
    public static string Budget => File.ReadAllText(Path.Combine(Repository.TestData, "paired-reports", "2024-budget.yaml"));

    /// <summary>The final accounts, in TestData/paired-reports.</summary>
    public static string Final => File.ReadAllText(Path.Combine(Repository.TestData, "paired-reports", "2024-final-accounts.yaml"));

    private readonly ScratchContent _scratch = new();

    public PairedReportsSite()
    {
        _scratch.Report("shanghai-putuo/audit/2024-budget.yaml", Budget);
        _scratch.Report("shanghai-putuo/audit/2024-final-accounts.yaml", Final);
        Output = Path.Combine(_scratch.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions(_scratch.Content, Output, Repository.Themes), SilentProgress.Instance);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
    }

    public string Output { get; }

    public string Content => _scratch.Content;

    public IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    public void Dispose() => _scratch.Dispose();
}
