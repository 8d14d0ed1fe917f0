using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// One text of a report that may state figures: a card's 概况, 实施计划, 措施 or goals, the department-wide form's
/// goals and key tasks, or a 情况说明 item. <see cref="Owner"/> groups the texts of one card or form, which often
/// repeat one statement, so a rule reports it once. Paragraphs are kept (split at blank lines); line breaks inside a
/// paragraph are dropped, and full-width digits are read as digits.
/// </summary>
public sealed record ReportText(string Owner, FindingLocation Location, PerformanceCard? Card, IReadOnlyList<string> Paragraphs)
{
    public static IEnumerable<ReportText> Of(DepartmentYear year)
    {
        foreach (var card in year.Performance.Cards)
        {
            (string, string?)[] parts = [("项目概况", card.Overview), ("实施措施", card.Measures), ("项目实施计划", card.Plan), ("实施期目标", card.PeriodGoal), ("年度目标", card.YearGoal)];
            foreach (var (label, text) in parts)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return new ReportText("card:" + card.Id, CardLocations.Card(card, label), card, Split(text));
                }
            }
        }

        if (year.Performance.DepartmentForm is { } form)
        {
            foreach (var task in form.KeyTasks)
            {
                yield return new ReportText("form", Form($"重点工作任务“{task.Function}”"), null, Split(task.Task));
            }

            if (!string.IsNullOrWhiteSpace(form.AnnualGoals))
            {
                yield return new ReportText("form", Form("年度总体目标"), null, Split(form.AnnualGoals));
            }
        }

        foreach (var item in year.Narrative)
        {
            yield return new ReportText("narrative:" + item.Id, NarrativeLocations.Of(item), null, Split(item.Body));
        }
    }

    private static FindingLocation Form(string part) => new(LocationKind.DepartmentForm, $"部门整体绩效目标表 · {part}");

    private static List<string> Split(string text) =>
        NarrativeText.Normalise(text).Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Replace("\n", string.Empty, StringComparison.Ordinal).Trim())
            .Where(p => p.Length > 0)
            .ToList();
}
