using BudgetSiteGen.Model;
using BudgetSiteGen.ViewModels.Execution;

namespace BudgetSiteGen.Tests.Pages;

/// <summary>The arithmetic of the 预算执行 page: rates in decimal, never a division by zero, and units converted exactly.</summary>
public sealed class ExecutionFigureTests
{
    [Fact]
    public void A_rate_is_actual_over_budget_in_percent_rounded_once_to_two_places()
    {
        Assert.Equal(80.00m, ExecutionRate.Of(3.00m, 2.40m));
        Assert.Equal(98.10m, ExecutionRate.Of(105.00m, 103.00m)); // 98.0952…
        Assert.Equal(98.20m, ExecutionRate.Of(2993.92m, 2940.05m)); // the Shanghai finance bureau's 完成年初预算的98.20%
        Assert.Equal("98.20%", ExecutionRate.Text(98.20m));
    }

    [Fact]
    public void There_is_no_rate_when_the_budget_is_blank_or_zero_or_the_actual_is_blank()
    {
        Assert.Null(ExecutionRate.Of(0m, 5.00m));
        Assert.Null(ExecutionRate.Of(0.00m, 0.00m));
        Assert.Null(ExecutionRate.Of(null, 5.00m));
        Assert.Null(ExecutionRate.Of(5.00m, null));
    }

    [Theory]
    [InlineData("91016775.35", MoneyUnit.Yuan, MoneyUnit.TenThousandYuan, "9101.677535")]
    [InlineData("1050000.00", MoneyUnit.Yuan, MoneyUnit.TenThousandYuan, "105.00")]
    [InlineData("2940.05", MoneyUnit.TenThousandYuan, MoneyUnit.Yuan, "29400500")]
    [InlineData("1.23456", MoneyUnit.TenThousandYuan, MoneyUnit.Yuan, "12345.6")]
    [InlineData("0.95", MoneyUnit.TenThousandYuan, MoneyUnit.TenThousandYuan, "0.95")]
    public void A_figure_in_another_unit_is_converted_exactly_with_the_decimals_it_needs(string printed, MoneyUnit from, MoneyUnit to, string expected)
    {
        var amount = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
        var converted = new PairFigure(amount, from).In(to);
        Assert.Equal(expected, converted.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(to, converted.Unit);
    }
}
