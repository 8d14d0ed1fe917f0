using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Tests.Units;

/// <summary>Amounts in 元, 千元, 万元 and 亿元 meet only through exact conversion.</summary>
public sealed class MoneyTests
{
    private static string InWan(decimal amount, MoneyUnit unit) => AmountText.Format(new Money(amount, unit).In(MoneyUnit.TenThousandYuan));

    [Fact]
    public void Yuan_with_fen_become_wan_yuan_with_every_digit_kept()
    {
        // 91,016,775.35 元 ÷ 10,000 = 9,101.677535 万元: six places, none rounded away.
        Assert.Equal("9,101.677535", InWan(91016775.35m, MoneyUnit.Yuan));
        // 46,140,000.00 元 is 4,614 万元; the zeros the move adds are dropped, the two printed places stay.
        Assert.Equal("4,614.00", InWan(46140000.00m, MoneyUnit.Yuan));
        Assert.Equal("1.482", InWan(14820.00m, MoneyUnit.Yuan));
    }

    [Fact]
    public void Thousand_and_hundred_million_yuan_convert_both_ways()
    {
        Assert.Equal("12.3456", InWan(123.456m, MoneyUnit.ThousandYuan));
        Assert.Equal("15,000.0", InWan(1.5m, MoneyUnit.HundredMillionYuan));
        Assert.Equal("29,400,500.00", AmountText.Format(new Money(2940.05m, MoneyUnit.TenThousandYuan).In(MoneyUnit.Yuan)));
        Assert.Equal("0.000001", AmountText.Format(new Money(100.00m, MoneyUnit.Yuan).In(MoneyUnit.HundredMillionYuan)));
    }

    [Fact]
    public void A_figure_in_wan_yuan_is_converted_before_it_is_added_to_one_in_yuan()
    {
        // The Shanghai budget's 收入总计 (元) and its 三公 total (表9, 万元): 91,016,775.35 + 8,675,000.00 元.
        var sum = new Money(91016775.35m, MoneyUnit.Yuan) + new Money(867.50m, MoneyUnit.TenThousandYuan);
        Assert.Equal(new Money(99691775.35m, MoneyUnit.Yuan), sum);
        Assert.Equal("99,691,775.35元", AmountText.WithUnit(sum));
        Assert.Equal(new Money(9969.177535m, MoneyUnit.TenThousandYuan), Money.Sum([new Money(867.50m, MoneyUnit.TenThousandYuan), new Money(91016775.35m, MoneyUnit.Yuan)], MoneyUnit.TenThousandYuan));
    }
}
