using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// Final accounts explain how their 决算数 differ from the budget (年初预算, 预算数) and why. Budgets have no 决算数 to
/// explain.
/// </summary>
public sealed class BudgetVarianceItem : IDisclosureItem
{
    /// <summary>Where final accounts explain the difference, most usual first; any other section is looked at after these.</summary>
    private static readonly string[] Usual = [NarrativeSections.GeneralBudget, NarrativeSections.Expenditure, NarrativeSections.ThreePublic];

    public string Id => "budget-variance";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        if (subject.Kind != ReportKind.FinalAccounts)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotApplicable, [DisclosureNote.Of("variance_budget")]);
        }

        var sections = Usual.Select(subject.Section).OfType<NarrativeItem>()
            .Concat(subject.Year.Narrative.Where(n => !Usual.Contains(n.Id, StringComparer.Ordinal)));
        var explaining = sections.Where(n => NarrativeWording.ComparesWithBudget(n.Body) && NarrativeWording.GivesReason(n.Body)).ToList();
        if (explaining.Count == 0)
        {
            return new DisclosureResult(Id, DisclosureOutcome.NotMet, [DisclosureNote.Of("variance_not_explained")]);
        }

        return new DisclosureResult(Id, DisclosureOutcome.Met, explaining.Select(n => DisclosureSubject.SectionNote("section", n)).ToList());
    }
}
