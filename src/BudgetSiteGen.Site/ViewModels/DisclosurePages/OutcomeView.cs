using BudgetSiteGen.Disclosure;

namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>
/// An outcome as a reader sees it: a symbol and its word together, so that it never rests on colour alone, and the class
/// the stylesheet colours it by.
/// </summary>
public sealed record OutcomeView(string Symbol, string Text, string Class)
{
    public static OutcomeView Of(DisclosureOutcome outcome, UiText text)
    {
        var name = NameOf(outcome);
        return new OutcomeView(text.Get("disclosure_symbol_" + name), text.Get("disclosure_" + name), name.Replace('_', '-'));
    }

    /// <summary>The outcome as written in keys of the theme's strings.</summary>
    public static string NameOf(DisclosureOutcome outcome) => outcome switch
    {
        DisclosureOutcome.Met => "met",
        DisclosureOutcome.NotMet => "not_met",
        DisclosureOutcome.Unknown => "unknown",
        _ => "not_applicable",
    };
}
