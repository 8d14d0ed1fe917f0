using System.Globalization;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>专业性较强的名词 are explained: the report publishes a glossary (名词解释).</summary>
public sealed class GlossaryItem : IDisclosureItem
{
    public string Id => "glossary";

    public DisclosureResult Evaluate(DisclosureSubject subject) =>
        subject.Year.Glossary.Count > 0
            ? new DisclosureResult(Id, DisclosureOutcome.Met, [DisclosureNote.Of("glossary_terms", subject.Year.Glossary.Count.ToString(CultureInfo.InvariantCulture))])
            : new DisclosureResult(Id, DisclosureOutcome.NotMet, [DisclosureNote.Of("glossary_missing")]);
}
