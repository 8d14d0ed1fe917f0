namespace BudgetSiteGen.Disclosure;

/// <summary>An item's outcome alone: what a report hands to the site-wide table, which shows no evidence.</summary>
public sealed record DisclosureMark(string Item, DisclosureOutcome Outcome)
{
    public static IReadOnlyList<DisclosureMark> Of(IEnumerable<DisclosureResult> results) =>
        results.Select(r => new DisclosureMark(r.Item, r.Outcome)).ToList();
}
