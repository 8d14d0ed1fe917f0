using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// A department's budget and final accounts of the same year, side by side: the totals, the 三公 items and 机关运行经费,
/// and the general-budget expenditure code by code. Every figure is converted exactly into the final accounts' unit.
/// </summary>
public sealed class PairedReports(UiText text)
{
    public IReadOnlyList<PairGroup> Of(DepartmentYear budget, DepartmentYear final)
    {
        var unit = final.Report.MoneyUnit;
        var groups = new List<PairGroup>();
        Add(groups, Totals(budget, final, unit));
        Add(groups, Items(budget, final, unit));
        Add(groups, Functions(budget, final, unit));
        return groups;
    }

    private static void Add(List<PairGroup> groups, PairGroup? group)
    {
        if (group is { Pairs.Count: > 0 })
        {
            groups.Add(group);
        }
    }

    private PairGroup Totals(DepartmentYear budget, DepartmentYear final, MoneyUnit unit)
    {
        var rows = new List<(string Key, Func<DepartmentYear, (PairFigure Figure, BudgetTable Table)?> Read)>
        {
            ("figure_total_income", y => SharedFigures.SummaryTotal(y, SummarySections.Income)),
            ("figure_total_expenditure", y => SharedFigures.SummaryTotal(y, "expenditure")),
            ("figure_basic", y => SharedFigures.ExpenditureTotal(y, FigureRole.Basic)),
            ("figure_project", y => SharedFigures.ExpenditureTotal(y, FigureRole.Project)),
        };
        var sources = new List<PairSource>();
        var pairs = new List<BudgetActualPair>();
        foreach (var (key, read) in rows)
        {
            if (Pair(text.Get(key), null, 1, false, read(budget), read(final), unit, budget, final, sources) is { } pair)
            {
                pairs.Add(pair);
            }
        }

        return new PairGroup("paired-totals", text.Get("execution_totals"), unit, [FigureRole.Budget], pairs, sources);
    }

    private PairGroup Items(DepartmentYear budget, DepartmentYear final, MoneyUnit unit)
    {
        var sources = new List<PairSource>();
        var pairs = new List<BudgetActualPair>();
        foreach (var item in ItemNames.Shown)
        {
            if (Pair(ItemNames.Label(text, item), null, ItemNames.Level(item), item == FigureRole.ThreePublic,
                    SharedFigures.Item(budget, item), SharedFigures.Item(final, item), unit, budget, final, sources) is { } pair)
            {
                pairs.Add(pair);
            }
        }

        return new PairGroup("paired-items", text.Get("execution_items"), unit, [FigureRole.Budget], pairs, sources);
    }

    private PairGroup? Functions(DepartmentYear budget, DepartmentYear final, MoneyUnit unit)
    {
        if (SharedFigures.Functions(budget) is not { } planned || SharedFigures.Functions(final) is not { } spent)
        {
            return null;
        }

        var pairs = new List<BudgetActualPair>();
        if (planned.Total is not null || spent.Total is not null)
        {
            pairs.Add(new BudgetActualPair(text.Get("cards_total"), null, 1, true,
                [(planned.Total ?? PairFigure.Missing(planned.Table.Unit)).In(unit)], (spent.Total ?? PairFigure.Missing(spent.Table.Unit)).In(unit)));
        }

        // Codes sort into their hierarchy: 201, 20106, 2010601, 208 …
        foreach (var code in planned.Codes.Keys.Union(spent.Codes.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var hasPlan = planned.Codes.TryGetValue(code, out var plan);
            var hasSpend = spent.Codes.TryGetValue(code, out var spend);
            var name = hasSpend ? spend.Name : plan.Name;
            pairs.Add(new BudgetActualPair(name, code, new ClassificationCode(code).Level, false,
                [(hasPlan ? plan.Figure : PairFigure.Missing(planned.Table.Unit)).In(unit)],
                (hasSpend ? spend.Figure : PairFigure.Missing(spent.Table.Unit)).In(unit)));
        }

        return new PairGroup("paired-functions", text.Get("execution_functions"), unit, [FigureRole.Budget], pairs,
            [new PairSource(budget, planned.Table), new PairSource(final, spent.Table)]);
    }

    /// <summary>A pair when either report has the figure; the side that has none shows as absent, not as 0.</summary>
    private static BudgetActualPair? Pair(string label, string? code, int level, bool isTotal,
        (PairFigure Figure, BudgetTable Table)? planned, (PairFigure Figure, BudgetTable Table)? spent, MoneyUnit unit,
        DepartmentYear budget, DepartmentYear final, List<PairSource> sources)
    {
        if (planned is null && spent is null)
        {
            return null;
        }

        if (planned is { } p && !sources.Any(s => ReferenceEquals(s.Year, budget) && ReferenceEquals(s.Table, p.Table)))
        {
            sources.Add(new PairSource(budget, p.Table));
        }

        if (spent is { } f && !sources.Any(s => ReferenceEquals(s.Year, final) && ReferenceEquals(s.Table, f.Table)))
        {
            sources.Add(new PairSource(final, f.Table));
        }

        return new BudgetActualPair(label, code, level, isTotal,
            [(planned?.Figure ?? PairFigure.Missing(unit)).In(unit)],
            (spent?.Figure ?? PairFigure.Missing(unit)).In(unit));
    }
}
