namespace BudgetSiteGen.Disclosure;

/// <summary>The outcome of one checklist item for one report, with the evidence and reasons that led to it.</summary>
public sealed record DisclosureResult(string Item, DisclosureOutcome Outcome, IReadOnlyList<DisclosureNote> Notes);
