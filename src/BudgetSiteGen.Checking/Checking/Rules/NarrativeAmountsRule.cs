using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Every amount the 情况说明 states for a figure the tables also print agrees with the table, in whatever unit each
/// is printed: total income and its sources, basic and project expenditure, personnel and public costs, 三公 and
/// operating costs, functions named by path or class. An amount whose phrase is not recognised is listed as not
/// checked, so a narrative the rule does not understand shows as unchecked rather than as clean.
/// </summary>
public sealed class NarrativeAmountsRule : AuditRule
{
    public override string Code => "BSG215";

    public override string Description => "情况说明中所述金额与表中数字一致";

    protected override string NothingToCheck => "情况说明中没有金额";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var item in year.Narrative)
        {
            foreach (var mention in NarrativeReader.Read(item.Body).Where(m => !m.IsChange))
            {
                if (NarrativeFigures.Resolve(year, item.Id, mention) is not { } figure)
                {
                    run.Missing($"{Where(item)}“{Short(mention.Label)}{mention.AmountText}{mention.UnitSymbol}”未能对应到表中数字");
                    continue;
                }

                if (figure.Unreadable)
                {
                    run.Missing($"{Where(item)}“{Short(mention.Label)}{mention.AmountText}{mention.UnitSymbol}”：{figure.Description} 无法辨认");
                    continue;
                }

                if (Judge(item, mention, figure) is { } finding)
                {
                    yield return finding;
                }

                run.Compared();
            }
        }
    }

    /// <summary>
    /// The table's figure in the text's unit, rounded as the text rounds it: a text that prints fewer decimals than the
    /// table (or a coarser unit) agrees when the table's figure rounds to it.
    /// </summary>
    private Finding? Judge(NarrativeItem item, NarrativeMention mention, TableFigure figure)
    {
        var table = figure.ValueIn(mention.Unit) ?? 0m;
        var textDecimals = NarrativeLocations.Decimals(mention.AmountText);
        var tableDecimals = figure.Unit.DecimalsIn(figure.Decimals, mention.Unit);
        if (Math.Round(table, Math.Min(textDecimals, tableDecimals), MidpointRounding.AwayFromZero) == mention.Amount)
        {
            return null;
        }

        var kind = Tolerance.Classify(table, mention.Amount, 1, Math.Min(textDecimals, tableDecimals)) ?? FindingKind.Discrepancy;
        var unit = mention.UnitSymbol;
        var shown = figure.Value is { } v ? $"{Compare.Amount(v)}{figure.Unit.Symbol()}" + (figure.Unit == mention.Unit ? string.Empty : $"（即 {Compare.Amount(table)}{unit}）") : "空白";
        return new Finding(Code, kind, NarrativeLocations.Of(item),
            $"文中“{mention.Label}{mention.AmountText}{unit}”，{figure.Description} 为 {shown}，相差 {Compare.Signed(mention.Amount - table)}{unit}。",
            table, mention.Amount, mention.Amount - table, unit, [figure.Location]);
    }

    private static string Where(NarrativeItem item) => $"{item.Number}{(item.Number is null ? string.Empty : "、")}{item.Title}：";

    private static string Short(string label) => label.Length <= 24 ? label : "…" + label[^24..];
}
