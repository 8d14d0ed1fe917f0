namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>One checklist item on a report's 公开合规 page: what the rule asks, the outcome, why, and where the rule is written.</summary>
public sealed record DisclosureItemView(string Id, string Name, string Rule, OutcomeView Outcome, IReadOnlyList<EvidenceLine> Evidence, string Source);
