using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// Within each row, a total column equals the sum of the columns that split it: the sources of income, the uses of
/// expenditure (basic + project, and in final accounts 上缴上级, 经营支出, 对附属单位补助), personnel + public, or
/// this year's arrangement + carry-over. One rule class, several codes. Where a fiscal appropriation (财政拨款) column
/// stands beside its three budgets, it counts once and the budgets are checked against it instead.
/// </summary>
public sealed class ColumnSumRule(string code, string what, FigureRole[] wholes, IReadOnlySet<FigureRole> parts, IReadOnlySet<ReportKind>? kinds = null) : AuditRule
{
    public static readonly ColumnSumRule FundSources = new("BSG203", "audit_total_and_sources",
        [FigureRole.Total, FigureRole.CurrentIncome], RoleGroups.IncomeSources);

    public static readonly ColumnSumRule FiscalAppropriation = new("BSG209", "audit_fiscal_and_budgets",
        [FigureRole.FiscalAppropriation], RoleGroups.FiscalParts);

    public static readonly ColumnSumRule BasicProject = new("BSG204", "audit_total_and_uses",
        [FigureRole.Total, FigureRole.CurrentExpenditure], RoleGroups.ExpenditureUses);

    public static readonly ColumnSumRule PersonnelPublic = new("BSG205", "audit_total_and_personnel_public",
        [FigureRole.Total], new HashSet<FigureRole> { FigureRole.Personnel, FigureRole.Public });

    public static readonly ColumnSumRule CurrentAndCarryOver = new("BSG206", "audit_total_and_current_carry_over",
        [FigureRole.Total], new HashSet<FigureRole> { FigureRole.CurrentYear, FigureRole.CarryOver }, new HashSet<ReportKind> { ReportKind.Budget });

    public override string Code => code;

    protected override IReadOnlySet<ReportKind> Kinds => kinds ?? base.Kinds;

    protected override Phrase NothingToCheck => Phrase.Of("audit_no_split_columns");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        foreach (var table in year.Tables)
        {
            foreach (var section in table.Sections)
            {
                var total = wholes.Select(role => TableShape.ColumnOf(section, role)).FirstOrDefault(c => c >= 0, -1);
                var columns = PartColumns(section);
                if (total < 0 || columns.Count < 2)
                {
                    continue;
                }

                for (var row = 0; row < section.Rows.Count; row++)
                {
                    var cells = columns.Select(c => new CellRef(table, section, row, c)).ToList();
                    if (Compare.Sum(run, Code, new CellRef(table, section, row, total), cells, Phrase.Of(what)) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private List<int> PartColumns(TableSection section)
    {
        var columns = Enumerable.Range(0, section.Columns.Count).Where(c => parts.Contains(section.Columns[c].Role) && section.Columns[c].Item == FigureRole.None).ToList();
        var hasFiscal = columns.Any(c => section.Columns[c].Role == FigureRole.FiscalAppropriation);
        return hasFiscal ? columns.Where(c => !RoleGroups.FiscalParts.Contains(section.Columns[c].Role)).ToList() : columns;
    }
}
