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
    public void Up_to_six_jurisdictions_share_one_page()
    {
        var (pages, years) = Country(3, 2);
        var jobs = pages.KindYears(years).ToList();
        var page = Assert.Single(jobs);
        Assert.Equal("compare/dpf-2024-budget.html", page.Path);
        Assert.Equal(6, ((ComparisonContent)page.Model.Content).Columns.Count);
    }

    [Fact]
    public void More_become_a_page_per_province_under_a_list_at_the_same_address_and_each_province_is_split_again()
    {
        var (pages, years) = Country(40, 3);
        var jobs = pages.KindYears(years).ToList();

        var index = jobs.Single(j => j.Path == "compare/dpf-2024-budget.html");
        var links = ((ListingContent)index.Model.Content).Comparisons;
        Assert.Equal(["../compare/dpf-2024-budget/p1.html", "../compare/dpf-2024-budget/p2.html", "../compare/dpf-2024-budget/p3.html"], links.Select(l => l.Href));
        Assert.All(links, l => Assert.Equal("40个行政区", l.Note));

        // Forty counties of a province: seven pages of at most six, listed on the province's page.
        var province = jobs.Single(j => j.Path == "compare/dpf-2024-budget/p2.html");
        var parts = ((ListingContent)province.Model.Content).Comparisons;
        Assert.Equal(["1.html", "2.html", "3.html", "4.html", "5.html", "6.html", "7.html"], parts.Select(l => l.Href[(l.Href.LastIndexOf('/') + 1)..]));
        Assert.EndsWith("（县2-1至县2-6）", parts[0].Label, StringComparison.Ordinal);
        var compared = jobs.Where(j => j.Template == "comparison").ToList();
        Assert.All(compared, c => Assert.InRange(((ComparisonContent)c.Model.Content).Columns.Count, 1, ComparisonPages.MaxColumns));

        // Every county is compared on exactly one page.
        var columns = compared.SelectMany(c => ((ComparisonContent)c.Model.Content).Columns.Select(col => col.Label)).ToList();
        Assert.Equal(120, columns.Count);
        Assert.Equal(120, columns.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Provinces_that_fit_share_a_page_rather_than_one_each()
    {
        var (pages, years) = Country(3, 3);
        var jobs = pages.KindYears(years).ToList();

        var links = ((ListingContent)jobs.Single(j => j.Path == "compare/dpf-2024-budget.html").Model.Content).Comparisons;
        Assert.Equal(["../compare/dpf-2024-budget/1.html", "../compare/dpf-2024-budget/2.html"], links.Select(l => l.Href));
        Assert.Equal(["6个行政区", "3个行政区"], links.Select(l => l.Note));
        Assert.EndsWith("（省1至省2）", links[0].Label, StringComparison.Ordinal);
    }
}
