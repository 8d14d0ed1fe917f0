using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Every amount the 情况说明 states for a figure the tables also print agrees with the table: total income
/// and its sources, basic and project expenditure, personnel and public costs, 三公, operating costs, and
/// the function classes of items 四 and 五. Amounts whose phrase is not recognised are not checked.
/// </summary>
public sealed class NarrativeAmountsRule : AuditRule
{
    public override string Code => "BSG215";

    public override string Description => "情况说明中所述金额与表中数字一致";

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var item in year.Narrative)
        {
            foreach (var mention in NarrativeReader.Read(item.Body).Where(m => !m.IsChange))
            {
                if (NarrativeFigures.Resolve(year, item.Id, mention.Label) is not { } cell)
                {
                    continue;
                }

                var table = cell.Value ?? 0m;
                var decimals = Math.Min(NarrativeLocations.Decimals(mention.AmountText), cell.Table.Decimals);
                var kind = Tolerance.Classify(table, mention.Amount, 1, decimals);
                if (kind is null || (kind == FindingKind.Rounding && NarrativeLocations.Decimals(mention.AmountText) < cell.Table.Decimals && Math.Round(table, decimals, MidpointRounding.AwayFromZero) == mention.Amount))
                {
                    continue;
                }

                var unit = cell.Table.Unit.Symbol();
                yield return new Finding(Code, kind.Value, NarrativeLocations.Of(item),
                    $"文中“{mention.Label}{mention.AmountText}万元”，{cell.Describe()} 为 {(cell.Value is { } v ? Compare.Amount(v) + unit : "空白")}，相差 {Compare.Signed(mention.Amount - table)}{unit}。",
                    table, mention.Amount, mention.Amount - table, unit, [cell.Location]);
            }
        }
    }
}
