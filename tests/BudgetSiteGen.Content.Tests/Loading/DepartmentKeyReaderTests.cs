using System.Text;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Content.Tests.Loading;

/// <summary>
/// The build groups files by the department they declare, reading a large YAML file's first lines only when they
/// settle it. Wherever that cut falls, the department must be the one the whole file declares: a value that goes on
/// past the cut, or a department whose slug comes after it, is read from the whole file.
/// </summary>
public sealed class DepartmentKeyReaderTests
{
    /// <summary>Every cut from well before the department lines to past their end, one character at a time.</summary>
    public static TheoryData<int> Paddings()
    {
        var data = new TheoryData<int>();
        for (var padding = DepartmentKeyReader.PrefixBytes - 160; padding <= DepartmentKeyReader.PrefixBytes + 40; padding++)
        {
            data.Add(padding);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paddings))]
    public void A_value_that_goes_on_past_the_cut_is_read_whole(int padding)
    {
        var yaml = Padded(padding, "jurisdiction: '140525'\ndepartment:\n  kind: dpf\n  name: 泽州县残联\n  slug: ze\n    zhou\nyear: 2024\n");
        Assert.Equal("140525/ze zhou", DepartmentKeyReader.Read("report.yaml", yaml));
    }

    [Theory]
    [MemberData(nameof(Paddings))]
    public void A_department_whose_slug_comes_after_the_cut_is_read_whole(int padding)
    {
        var yaml = Padded(padding, "department:\n  kind: dpf\n  name: 泽州县残联\n  note: a line or two\n  slug: zezhou\njurisdiction: 1405\n  25\nyear: 2024\n");
        Assert.Equal("1405 25/zezhou", DepartmentKeyReader.Read("report.yaml", yaml));
    }

    [Fact]
    public void A_file_whose_department_is_declared_at_its_end_is_read_whole()
    {
        var yaml = Padded(DepartmentKeyReader.PrefixBytes * 3, "jurisdiction: '140525'\ndepartment: {kind: dpf}\n");
        Assert.Equal("140525/dpf", DepartmentKeyReader.Read("report.yaml", yaml));
    }

    /// <summary>A report whose first key is a long block of text, so that its department lines start near <paramref name="padding"/> bytes.</summary>
    private static byte[] Padded(int padding, string rest)
    {
        var text = new StringBuilder("notes: |\n");
        while (padding - text.Length >= 4)
        {
            var width = Math.Min(60, padding - text.Length - 3);
            text.Append("  ").Append('x', width).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.Append(rest).ToString());
    }
}
