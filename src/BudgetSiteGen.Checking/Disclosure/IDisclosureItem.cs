namespace BudgetSiteGen.Disclosure;

/// <summary>
/// One item of the disclosure checklist. <see cref="Id"/> is stable: it keys the item's name and source citation in the
/// theme's strings ("disclosure_item_" + id with '_' for '-', and likewise "disclosure_rule_", "disclosure_source_"), the CSV's column and the page's anchors.
/// </summary>
public interface IDisclosureItem
{
    string Id { get; }

    DisclosureResult Evaluate(DisclosureSubject subject);
}
