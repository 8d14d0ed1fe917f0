using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Reads a card's indicators as quantities (数量指标 with a count unit), unit costs (成本指标 in 元 per
/// something) and total costs (成本指标 in 元 or 万元 whose name says 总), so rules can combine them.
/// </summary>
public static class CardIndicators
{
    public sealed record Quantity(int Index, Indicator Indicator, string Unit);

    public sealed record UnitCost(int Index, Indicator Indicator, string Per, decimal PerYearFactor);

    public sealed record TotalCost(int Index, Indicator Indicator, decimal Yuan);

    public static List<Quantity> Quantities(IReadOnlyList<Indicator> list) =>
        list.Select((indicator, index) => (indicator, index))
            .Where(x => x.indicator.Level2 == "数量指标" && x.indicator.Parsed is { } p && CountUnit(p.Unit) is not null)
            .Select(x => new Quantity(x.index, x.indicator, CountUnit(x.indicator.Parsed!.Unit)!))
            .ToList();

    /// <summary>Costs per person or household; "/年" is the same for a one-year card, "/月" is twelve a year, "/天" is not used.</summary>
    public static List<UnitCost> UnitCosts(IReadOnlyList<Indicator> list)
    {
        var result = new List<UnitCost>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Level2 != "成本指标" || list[i].Parsed is not { } p || !p.Unit.StartsWith("元/", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = p.Unit.Split('/');
            var per = CountUnit(parts[1]);
            var factor = parts.Length == 2 || parts[2] == "年" ? 1m : parts[2] == "月" ? 12m : 0m;
            if (per is not null && factor > 0 && parts.Length <= 3)
            {
                result.Add(new UnitCost(i, list[i], per, factor));
            }
        }

        return result;
    }

    public static List<TotalCost> TotalCosts(IReadOnlyList<Indicator> list) =>
        list.Select((indicator, index) => (indicator, index))
            .Where(x => x.indicator.Level2 == "成本指标" && x.indicator.Name.Contains('总', StringComparison.Ordinal)
                && x.indicator.Parsed is { Unit: "元" or "万元" })
            .Select(x => new TotalCost(x.index, x.indicator, x.indicator.Parsed!.Number * (x.indicator.Parsed.Unit == "万元" ? 10_000m : 1m)))
            .ToList();

    /// <summary>人, 名 and 户 are counts of beneficiaries; other units (项, 次, 平方米) are not paired with costs.</summary>
    public static string? CountUnit(string unit) => unit switch
    {
        "人" or "名" => "人",
        "户" => "户",
        _ => null,
    };

    /// <summary>The part of an indicator name that says what is counted: "专职委员人数" → "专职委员".</summary>
    public static string Stem(string name)
    {
        foreach (var suffix in new[] { "补助标准", "补贴标准", "发放标准", "标准", "人数", "户数", "人次", "数" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
