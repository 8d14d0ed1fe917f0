using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Charts;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>
/// The 预算执行 page of a final-accounts report: every figure with a budget and an actual value side by side with its
/// execution rate, in tables and charts, first as the report prints them and then paired with the department's budget
/// of the same year when the site has it.
/// </summary>
public sealed class ExecutionPage(PageFactory pages)
{
    /// <summary>More bars than this make a chart taller than a phone screen says anything with.</summary>
    private const int ChartRows = 12;

    private UiText Text => pages.Text;

    public PageJob Build(DepartmentYear year, string folder, PairedReport? budget)
    {
        var path = SitePaths.Execution(folder);
        var within = new ReportPairs(Text).Of(year)
            .Select(group => View(group, path, folder, year, null))
            .ToList();
        var paired = budget is null ? [] : new PairedReports(Text).Of(budget.Year, year)
            .Select(group => View(group, path, folder, year, budget))
            .ToList();
        var budgetLabel = budget is null ? null : pages.YearLabel(budget.Year);
        var content = new ExecutionContent(
            within,
            budget is null ? null : new LinkItem(budgetLabel!, SitePaths.Relative(path, SitePaths.Overview(budget.Folder))),
            Text.Get("execution_paired_heading"),
            budget is null
                ? Text.Format("execution_paired_none", Count(year.Report.Year))
                : Text.Format("execution_paired_intro", budgetLabel!),
            paired);
        var title = Text.Get("menu_execution");
        var model = pages.Page(path, title, pages.DepartmentYearTrail(path, year, folder, title), content,
            pages.Menu(path, folder, year, "menu_execution"), pages.SourceNote(year), year);
        return new PageJob(path, "execution", model);
    }

    private ExecutionTableView View(PairGroup group, string path, string folder, DepartmentYear year, PairedReport? budget)
    {
        var budgetHeaders = budget is null
            ? group.BudgetKinds.Select(kind => Text.Get("execution_" + WireNames.NameOf(kind))).ToList()
            : [Text.Format("execution_budget_from", pages.YearLabel(budget.Year))];
        var rateHeader = group.BudgetKinds.Count > 1
            ? Text.Format("execution_rate_of", budgetHeaders[^1])
            : Text.Get("execution_rate");
        var headers = new List<string> { Text.Get("execution_item") };
        headers.AddRange(budgetHeaders);
        headers.Add(Text.Get("execution_actual"));
        headers.Add(rateHeader);
        if (group.HasPrintedRate)
        {
            headers.Add(Text.Get("execution_printed_rate"));
        }

        var rows = group.Pairs.Select(pair => Row(pair, group.HasPrintedRate)).ToList();
        var sources = group.Sources.Select(source =>
        {
            var own = ReferenceEquals(source.Year, year);
            var sourceFolder = own ? folder : budget!.Folder;
            var label = own ? source.Table.FullTitle : $"{pages.YearLabel(source.Year)} {source.Table.FullTitle}";
            return new LinkItem(label, SitePaths.Relative(path, SitePaths.Table(sourceFolder, source.Table.Number)));
        }).ToList();
        var converted = group.Sources.Select(s => s.Table.Unit).Where(u => u != group.Unit).Distinct().ToList();
        var note = converted.Count == 0 ? null
            : Text.Format("execution_converted", string.Join(Text.Get("list_separator"), converted.Select(Text.UnitName)), Text.UnitName(group.Unit));
        var chart = Chart(group, budgetHeaders[^1]);
        return new ExecutionTableView("pairs-" + group.Id, group.Title, Text.Format("unit_label", Text.UnitName(group.Unit)), sources, headers, rows, chart, note);
    }

    private ExecutionRowView Row(BudgetActualPair pair, bool printedRate)
    {
        var cells = pair.Budgets.Select(Figure).ToList();
        cells.Add(Figure(pair.Actual));
        cells.Add(pair.Rate is { } rate
            ? new ExecutionCellView(ExecutionRate.Text(rate), "num rate", false, null)
            : new ExecutionCellView(Text.Get("execution_no_rate"), "num blank", true, null));
        if (printedRate)
        {
            cells.Add(pair.PrintedRate is { } printed ? Figure(printed, percent: true) : new ExecutionCellView(Text.Get("blank_cell"), "num blank", true, null));
        }

        var css = pair.IsTotal ? "total-row" : $"level-{pair.Level}";
        var prefix = pair.Code is { } code ? Text.Get("code_level_" + new ClassificationCode(code).Level.ToString(CultureInfo.InvariantCulture)) : null;
        return new ExecutionRowView(pair.Label, pair.Code, css, prefix, cells);
    }

    private ExecutionCellView Figure(PairFigure figure) => Figure(figure, percent: false);

    private ExecutionCellView Figure(PairFigure figure, bool percent)
    {
        if (figure.Absent)
        {
            return new ExecutionCellView(Text.Get("execution_absent"), "num absent", false, null);
        }

        if (figure.Unreadable)
        {
            return new ExecutionCellView(Text.Get("unreadable_cell"), "num unreadable", false, Text.Get("unreadable_explained"));
        }

        return figure.Amount is { } amount
            ? new ExecutionCellView(AmountText.Format(amount) + (percent ? "%" : string.Empty), "num", false, null)
            : new ExecutionCellView(Text.Get("blank_cell"), "num blank", true, null);
    }

    /// <summary>Budget against actual for the top-level pairs; unreadable and absent figures draw no bar.</summary>
    private GroupedBarChart? Chart(PairGroup group, string budgetHeader)
    {
        var shown = group.Pairs.Where(p => p.Level == 1).Take(ChartRows).ToList();
        var bars = shown.Select(p => (Label: p.Code is null ? p.Label : $"{p.Code} {p.Label}",
            Values: (IReadOnlyList<decimal?>)[Drawn(p.Budgets[^1]), Drawn(p.Actual)])).ToList();
        return GroupedBarChartBuilder.Build("chart-" + group.Id, Text.Format("execution_chart_title", group.Title),
            Text.Format("execution_chart_describe", Text.UnitName(group.Unit)), [budgetHeader, Text.Get("execution_actual")], bars, Text.UnitSuffix(group.Unit), Text);
    }

    private static decimal? Drawn(PairFigure figure) => figure.Absent || figure.Unreadable ? null : figure.Amount;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
