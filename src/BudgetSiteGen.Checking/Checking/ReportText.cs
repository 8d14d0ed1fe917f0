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
            (string, string?)[] parts = [("audit_card_overview", card.Overview), ("audit_card_measures", card.Measures), ("audit_card_plan", card.Plan), ("audit_card_period_goal", card.PeriodGoal), ("audit_card_year_goal", card.YearGoal)];
            foreach (var (label, text) in parts)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return new ReportText("card:" + card.Id, CardLocations.Card(card, Phrase.Of(label)), card, Split(text));
                }
            }
        }

        if (year.Performance.DepartmentForm is { } form)
        {
            foreach (var task in form.KeyTasks)
            {
                yield return new ReportText("form", Form(Phrase.Of("audit_form_key_task", ("function", task.Function))), null, Split(task.Task));
            }

            if (!string.IsNullOrWhiteSpace(form.AnnualGoals))
            {
                yield return new ReportText("form", Form(Phrase.Of("audit_form_annual_goals")), null, Split(form.AnnualGoals));
            }
        }

        foreach (var item in year.Narrative)
        {
            yield return new ReportText("narrative:" + item.Id, NarrativeLocations.Of(item), null, Split(item.Body));
        }
    }

    public static FindingLocation Form(Phrase part) => new(LocationKind.DepartmentForm, Phrase.Of("audit_form_part", ("part", part)));

    private static List<string> Split(string text) =>
        NarrativeText.Normalise(text).Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Replace("\n", string.Empty, StringComparison.Ordinal).Trim())
            .Where(p => p.Length > 0)
            .ToList();
}
