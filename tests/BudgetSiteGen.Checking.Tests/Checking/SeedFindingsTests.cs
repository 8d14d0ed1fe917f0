using BudgetSiteGen.Checking;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>
/// The discrepancies in the two published reports, each verified by a person against the source text.
/// A new finding here is either a real discrepancy (add it, with the evidence) or a false positive (fix the rule).
/// </summary>
public sealed class SeedFindingsTests
{
    private static IReadOnlyList<Finding> Discrepancies(Model.DepartmentYear year) =>
        Auditor.Audit(year).Findings.Where(f => f.Kind == FindingKind.Discrepancy).ToList();

    [Fact]
    public void Zezhou_has_exactly_the_verified_discrepancies()
    {
        var found = Discrepancies(Seeds.Zezhou).Select(f => (f.RuleCode, f.Location.CardId ?? f.Location.NarrativeId, f.Difference)).ToList();
        (string, string?, decimal?)[] verified =
        [
            // 残疾儿童康复救助(市级）: ≤11人 × 16000元/人 allows 176,000 元, funds are 190,000 元; its 概况 says 11 × 16000 = 190000.
            ("BSG212", "child-rehab-city", 14000m),
            // 康复救助: ≤369人 × 500元 allows 184,500 元, funds are 184,600 元; its 概况 says 369 × 500 = 184600.
            ("BSG212", "rehab-assistance", 100m),
            ("BSG213", "child-rehab-city", 14000m),
            // 残疾儿童康复救助: 概况 says 27名 × 16000元 = 288000元 (it is 432,000).
            ("BSG213", "child-rehab-provincial", -144000m),
            // 公益性岗位补贴资金: the plan says 45名专职委员, the indicator 专职委员人数 says 48人, and 45 × 1800 = 81,000, not 86,400.
            ("BSG213", "public-welfare-post-subsidy", 3m),
            ("BSG213", "public-welfare-post-subsidy", 5400m),
            ("BSG213", "rehab-assistance", 100m),
            // 情况说明 十: 22 projects "共计金额1,511.39万元"; the 22 cards total 1,505.58, as do its own parts 24.00 + 1,481.58.
            ("BSG218", "performance", 5.81m),
            ("BSG218", "performance", 5.81m),
            // The form's 三四级残疾人生活补贴人数 "≥14000人" against the card's "≤12500人".
            ("BSG221", null, 1500m),
            // The form's key task "每人购买320元的基本医疗保险" (also in its annual goals) against its 基本医疗保险补助标准 380元/人.
            ("BSG221", null, -60m),
            // 社会保障经费 概况: "一是…30万元；二是…7万元；三是…23万元；共计71.52万元" — the parts make 60.
            ("BSG222", "social-security-funds", 11.52m),
            // Its goals: "就业创业扶持资金23万元，每人1500元，为200人发放" — 200 × 1500 is 30万元.
            ("BSG223", "social-security-funds", -7m),
            // 无障碍改造: ≤17人 × 平均每户1800元 allows 30,600 元 (funds 34,000); ≤9人 × 平均每人1800元 16,200 (18,000); ≤20人 × 1800 36,000 (40,000).
            ("BSG223", "barrier-free-homes-provincial", 3400m),
            ("BSG223", "barrier-free-homes-central", 1800m),
            ("BSG223", "barrier-free-homes-lottery", 4000m),
        ];
        Assert.Equal(verified.Order(), found.Order());
    }

    [Fact]
    public void Changzhi_has_exactly_the_verified_discrepancies()
    {
        var found = Discrepancies(Seeds.Changzhi).Select(f => (f.RuleCode, f.Location.CardId ?? f.Location.TableNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Difference)).ToList();
        (string, string?, decimal?)[] verified =
        [
            // 乡镇理事考核补贴: 奖励人数 26人 × 奖励金发放标准 ≤2500元/人 allows 65,000 元; funds are 80,000 元.
            ("BSG212", "township-council-allowance", 15000m),
            // 表12 is printed 本表无数据, yet 表5 has 758.00 of project expenditure and 13 cards are published.
            ("BSG217", "12", -758.00m),
            // The same 表12 "注：本表无数据" (source line 748), while 13 project cards follow (the 项目支出绩效目标表 from line 887 on).
            ("BSG228", "12", -13m),
            // The card 业务工作经费 says "编制 17 人，现有 16 人" (source line 1677); 概况 says "现有在职干部职工14人" (line 39).
            ("BSG232", "operating-business-funds", 2m),
            // 表13 is printed 本表无数据, yet 表3's project expenditure (850.40) exceeds this year's (758.00) by the carry-over 92.40.
            ("BSG217", "13", -92.40m),
        ];
        Assert.Equal(verified.Order(), found.Order());
    }

    [Fact]
    public void The_one_cent_differences_of_both_reports_are_rounding_only()
    {
        var roundings = new[] { Seeds.Zezhou, Seeds.Changzhi }.SelectMany(y => Auditor.Audit(y).Findings).Where(f => f.Kind == FindingKind.Rounding).ToList();
        Assert.NotEmpty(roundings);
        Assert.All(roundings, f => Assert.Equal(0.01m, Math.Abs(f.Difference!.Value)));
    }
}
