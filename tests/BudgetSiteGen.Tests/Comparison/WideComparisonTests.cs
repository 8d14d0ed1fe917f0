using System.Globalization;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Comparison;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.Tests.Comparison;

/// <summary>A kind-and-year comparison of a whole country does not become one page with a column per county.</summary>
public sealed class WideComparisonTests
{
    private static readonly UiText Text = new(ThemeLoader.Load(new ThemeFiles([Path.Combine(Repository.Themes, "default")]), "zh-CN", new Diagnostics.DiagnosticBag())!.Strings);

    private static (ComparisonPages Pages, List<DepartmentYearSummary> Years) Country(int countiesPerProvince, int provinces)
    {
        var jurisdictions = new List<Jurisdiction>();
        var years = new List<DepartmentYearSummary>();
        var facts = new ComparisonFacts(ReportKind.Budget, new Dictionary<string, PrintedAmount>(), new Dictionary<string, decimal?>(),
            new Dictionary<string, FunctionAmount>(), PrintedAmount.NotListed, new Dictionary<string, string>());
        for (var p = 1; p <= provinces; p++)
        {
            var province = new Jurisdiction($"{p:00}0000", $"省{p}", JurisdictionLevel.Province, null, $"p{p}");
            jurisdictions.Add(province);
            for (var c = 1; c <= countiesPerProvince; c++)
            {
                var county = new Jurisdiction(string.Create(CultureInfo.InvariantCulture, $"{p:00}{c:0000}"), $"县{p}-{c}", JurisdictionLevel.County, province.Code, $"p{p}c{c}");
                jurisdictions.Add(county);
                years.Add(new DepartmentYearSummary(county.Code, "dpf", "残联", "dpf", 2024, ReportKind.Budget, 1, false, "2024年部门预算", $"{county.Slug}/dpf/2024-budget",
                    $"{county.Slug}/dpf/index.html", PrintedAmount.Of(new Money(1m, MoneyUnit.TenThousandYuan)), "v", 0, 0, null, new FeedEntry("", "", "", "", ""), [], facts, []));
            }
        }

        var shared = new SharedContent(new SiteSettings("t", null, "zh-CN", "default", null), jurisdictions, [new DepartmentKind("dpf", "残疾人联合会", null)], new Dictionary<string, string>());
        return (new ComparisonPages(new PageFactory(new SiteIndex(shared), Text, "v")), years);
    }

    [Fact]
    public void Up_to_sixty_jurisdictions_share_one_page()
    {
        var (pages, years) = Country(30, 2);
        var jobs = pages.KindYears(years).ToList();
        var page = Assert.Single(jobs);
        Assert.Equal("compare/dpf-2024-budget.html", page.Path);
        Assert.Equal(60, ((ComparisonContent)page.Model.Content).Columns.Count);
    }

    [Fact]
    public void More_become_one_page_per_province_under_a_list_at_the_same_address()
    {
        var (pages, years) = Country(40, 3);
        var jobs = pages.KindYears(years).ToList();

        var index = jobs.Single(j => j.Path == "compare/dpf-2024-budget.html");
        var links = ((ListingContent)index.Model.Content).Comparisons;
        Assert.Equal(["../compare/dpf-2024-budget/p1.html", "../compare/dpf-2024-budget/p2.html", "../compare/dpf-2024-budget/p3.html"], links.Select(l => l.Href));
        Assert.All(links, l => Assert.Equal("40个行政区", l.Note));
        var regions = jobs.Where(j => j.Template == "comparison").ToList();
        Assert.Equal(3, regions.Count);
        Assert.All(regions, r => Assert.Equal(40, ((ComparisonContent)r.Model.Content).Columns.Count));
        Assert.All(((ComparisonContent)regions[1].Model.Content).Columns, c => Assert.StartsWith("县2-", c.Label, StringComparison.Ordinal));
    }
}
