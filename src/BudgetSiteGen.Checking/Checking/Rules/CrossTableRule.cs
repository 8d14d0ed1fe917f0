using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>
/// The same figure agrees across tables, found by table type and role whatever the tables' printed numbers: the
/// expenditure summary's total with the summary table's year expenditure, and class by class; the income summary's
/// total with the summary table's year income; expenditure with income plus carry-over, code by code; the general
/// budget expenditure table with the income summary's general-budget column and with the fiscal appropriation
/// summary, code by code; its basic expenditure with the economic classification table; operating costs with that
/// table's public costs; government-fund expenditure with the income summary; projects with the project tables.
/// </summary>
public sealed class CrossTableRule : AuditRule
{
    public override string Code => "BSG208";

    protected override Phrase NothingToCheck => Phrase.Of("rule_bsg208_nothing");

    protected override IEnumerable<Finding> Check(DepartmentYear year, RuleRun run)
    {
        var summary = year.Table(TableType.BudgetSummary);
        var income = year.Table(TableType.IncomeSummary);
        var spending = year.Table(TableType.ExpenditureSummary);
        var fiscal = year.Table(TableType.FiscalAppropriationSummary);
        var general = year.Table(TableType.GeneralBudgetExpenditure);
        var economic = year.Table(TableType.BasicExpenditureByEconomicClass);
        var fund = year.Table(TableType.GovernmentFundExpenditure);
        var current = year.Table(TableType.ProjectsCurrent);
        var carried = year.Table(TableType.ProjectsCarriedOver);
        var found = new List<Finding?>();
        var pairs = new CrossTablePairs(run, Code);

        if (summary is not null && spending is not null)
        {
            found.Add(pairs.Same(TableShape.TotalCell(spending, FigureRole.Total), YearRow(run, summary, SummarySections.Expenditure), Phrase.Of("audit_spending_total_and_summary_year")));
            found.AddRange(pairs.ByCode(spending, FigureRole.Total, summary, SummarySections.Expenditure, MainOrTotal, level1Only: true, Phrase.Of("audit_spending_and_summary_by_function")));
        }

        if (summary is not null && income is not null)
        {
            found.Add(pairs.Same(TableShape.TotalCell(income, FigureRole.Total), YearRow(run, summary, SummarySections.Income), Phrase.Of("audit_income_total_and_summary_year")));
            if (TableShape.TotalCell(income, FigureRole.CarryOver) is { } carry)
            {
                found.Add(pairs.Same(carry, SummaryRow(summary, SummarySections.Income, FigureRole.CarryOver), Phrase.Of("audit_income_carry_over_and_summary")));
            }
        }

        // Income plus carry-over is what a budget plans to spend; in final accounts balances open and close the year.
        if (income is not null && spending is not null && year.Report.Kind == ReportKind.Budget)
        {
            found.AddRange(IncomeMatchesExpenditure(run, income, spending));
        }

        if (general is not null && income is not null)
        {
            if (TableShape.ColumnOf(income.Sections[0], FigureRole.GeneralPublicBudget) >= 0)
            {
                found.AddRange(pairs.ByCode(general, FigureRole.Total, income, null, s => TableShape.ColumnOf(s, FigureRole.GeneralPublicBudget), level1Only: false, Phrase.Of("audit_general_and_income_column")));
            }
            else
            {
                run.Missing(Phrase.Of("audit_no_general_column", ("table", Name(income)), ("other_table", Name(general))));
            }
        }

        // A budget's general-budget table leaves out last year's carry-over (不含上年结转), which its fiscal summary includes.
        if (general is not null && fiscal is not null && (year.Report.Kind == ReportKind.FinalAccounts || !HasCarryOver(fiscal)))
        {
            found.AddRange(pairs.ByCode(general, FigureRole.Total, fiscal, SummarySections.Expenditure, s => TableShape.ColumnOf(s, FigureRole.GeneralPublicBudget), level1Only: true, Phrase.Of("audit_general_and_fiscal_column")));
        }

        if (general is not null && economic is not null)
        {
            var basic = TableShape.TotalCell(general, FigureRole.Basic);
            var cells = TableShape.TotalCells(economic, FigureRole.Total);
            found.Add(pairs.SameAsSum(basic, cells, economic, Phrase.Of("audit_basic_and_economic_total")));
        }

        if (economic is not null && FigureFinder.OperatingCosts(year) is { } operating)
        {
            var cells = TableShape.TotalCells(economic, FigureRole.Public);
            found.Add(pairs.SameAsSum(operating, cells, economic, Phrase.Of("audit_operating_and_public_costs")));
        }

        if (fund is not null && income is not null && !fund.NoData && TableShape.TotalCell(income, FigureRole.GovernmentFund) is { } fundIncome)
        {
            found.Add(pairs.Same(TableShape.TotalCell(fund, FigureRole.Total), fundIncome, Phrase.Of("audit_fund_total_and_income_column")));
        }

        if (spending is not null && current is not null && !current.NoData && (carried is null || !carried.NoData))
        {
            found.Add(ProjectsMatch(run, spending, current, carried));
        }

        return found.OfType<Finding>();
    }

    private static bool HasCarryOver(BudgetTable fiscal) =>
        fiscal.Sections.Any(s => s.Rows.Any(r => RoleGroups.Opening.Contains(r.Role) && r.Values.Any(v => v is not null and not 0m)));

    private static int MainOrTotal(TableSection section) => TableShape.MainColumn(section);

    /// <summary>This year's figure of one side of a summary table: its 本年合计 row, or its 总计 when nothing opens or closes the year.</summary>
    private static CellRef? YearRow(RuleRun run, BudgetTable table, string sectionId)
    {
        var section = table.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (section is null || TableShape.MainColumn(section) is var column && column < 0)
        {
            return null;
        }

        var subtotal = TableShape.RowOf(section, FigureRole.Subtotal);
        if (subtotal >= 0)
        {
            return new CellRef(table, section, subtotal, column);
        }

        var balances = sectionId == SummarySections.Income ? RoleGroups.Opening : RoleGroups.Closing;
        var open = section.Rows.Any(r => balances.Contains(r.Role) && r.Values[column] is not null and not 0m);
        var total = TableShape.RowOf(section, FigureRole.GrandTotal);
        if (open || total < 0)
        {
            run.Missing(Phrase.Of(sectionId == SummarySections.Income ? "audit_no_year_income_row" : "audit_no_year_spending_row", ("table", Name(table))));
            return null;
        }

        return new CellRef(table, section, total, column);
    }

    private static CellRef? SummaryRow(BudgetTable table, string sectionId, FigureRole rowRole)
    {
        var section = table.Sections.FirstOrDefault(s => s.Id == sectionId);
        if (section is null)
        {
            return null;
        }

        var row = TableShape.RowOf(section, rowRole);
        var column = TableShape.MainColumn(section);
        return row < 0 || column < 0 ? null : new CellRef(table, section, row, column);
    }

    /// <summary>Class by class, expenditure equals this year's income plus carry-over where the income summary prints one.</summary>
    private IEnumerable<Finding?> IncomeMatchesExpenditure(RuleRun run, BudgetTable incomeTable, BudgetTable spendingTable)
    {
        var income = incomeTable.Sections[0];
        var spending = spendingTable.Sections[0];
        var total = TableShape.ColumnOf(spending, FigureRole.Total);
        var incomeTotal = TableShape.ColumnOf(income, FigureRole.Total);
        var carry = TableShape.ColumnOf(income, FigureRole.CarryOver);
        if (total < 0 || incomeTotal < 0)
        {
            run.Missing(Phrase.Of("audit_no_total_column", ("table", Name(incomeTable)), ("other_table", Name(spendingTable))));
            yield break;
        }

        for (var row = 0; row < spending.Rows.Count; row++)
        {
            if (spending.Rows[row].Code is not { } code)
            {
                continue;
            }

            var match = income.Rows.ToList().FindIndex(r => r.Code == code);
            if (match < 0)
            {
                continue;
            }

            List<CellRef> parts = carry >= 0
                ? [new CellRef(incomeTable, income, match, incomeTotal), new CellRef(incomeTable, income, match, carry)]
                : [new CellRef(incomeTable, income, match, incomeTotal)];
            yield return Compare.Sum(run, Code, new CellRef(spendingTable, spending, row, total), parts,
                carry >= 0 ? Phrase.Of("audit_spending_and_income_with_carry_over") : Phrase.Of("audit_spending_and_income"));
        }
    }

    /// <summary>Project expenditure equals this year's projects plus carried-over ones.</summary>
    private Finding? ProjectsMatch(RuleRun run, BudgetTable spending, BudgetTable current, BudgetTable? carried)
    {
        var printed = TableShape.TotalCell(spending, FigureRole.Project);
        if (printed is null)
        {
            return null;
        }

        var thisYear = TableShape.Total(current, FigureRole.Total) ?? 0m;
        var before = carried is null ? 0m : TableShape.Total(carried, FigureRole.Total) ?? 0m;
        var where = new FindingLocation(LocationKind.Table, Phrase.Of("audit_project_tables_sum", ("table", Name(current)), ("this_year", thisYear),
            ("carried_table", carried is null ? Phrase.Of("audit_carried_projects") : Phrase.Data(Name(carried))), ("carried", before)), current.Number);
        return Compare.Same(run, Code, printed, current.Unit.Convert(thisYear, printed.Unit) + (carried?.Unit ?? current.Unit).Convert(before, printed.Unit), where, Phrase.Of("audit_project_and_project_tables"), roundedTerms: 2);
    }

    private static string Name(BudgetTable table) => table.Label ?? table.Title;
}
