using BudgetSiteGen.Checking;
using BudgetSiteGen.Checking.Rules;
using BudgetSiteGen.Model;
using BudgetSiteGen.Tests.Support;
using static BudgetSiteGen.Tests.Support.ModelBuilder;

namespace BudgetSiteGen.Tests.Checking;

/// <summary>A figure that differs from the same figure elsewhere the way a hand-copied figure goes wrong is called a likely slip.</summary>
public sealed class TranscriptionSlipTests
{
    [Theory]
    [InlineData("1352.46", "1325.46", "前后颠倒")]
    [InlineData("8640.00", "8540.00", "一位数字不同")]
    [InlineData("326.17", "326.71", "前后颠倒")]
    public void Two_swapped_neighbouring_digits_or_one_wrong_digit_are_called_a_likely_slip(string printed, string other, string words)
    {
        var slip = TranscriptionSlip.Describe(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(other, System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.NotNull(slip);
        Assert.StartsWith("可能是录入错误：", slip.Said(), StringComparison.Ordinal);
        Assert.Contains(words, slip.Said(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("326.71", "326.72")] // one in the last digit: rounding the same figure twice gives that
    [InlineData("1352.46", "1253.46")] // two digits apart, not neighbours
    [InlineData("2961.68", "0.30")] // a different figure altogether
    [InlineData("100.00", "1000.00")] // a digit left out changes the length
    public void Figures_that_differ_otherwise_are_not_called_a_slip(string printed, string other)
    {
        Assert.Null(TranscriptionSlip.Describe(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(other, System.Globalization.CultureInfo.InvariantCulture), 2));
    }

    [Fact]
    public void A_cross_table_finding_with_two_swapped_digits_says_it_may_be_a_typing_slip()
    {
        var general = Table(5, TableType.GeneralBudgetExpenditure, [FigureRole.Total], Row("208", "社会保障和就业支出", 1352.46m));
        var income = Table(2, TableType.IncomeSummary, [FigureRole.Total, FigureRole.GeneralPublicBudget], Row("208", "社会保障和就业支出", 1325.46m, 1325.46m));
        var findings = new CrossTableRule().Check(Year([general, income]));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("可能是录入错误", f.Message.Said(), StringComparison.Ordinal));
    }
}
