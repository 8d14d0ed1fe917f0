using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Tests.Support;

/// <summary>The default theme's strings, for tests that read what a finding says as a reader of the site would.</summary>
public static class DefaultStrings
{
    private static readonly Lazy<UiText> Chinese = new(() => In("zh-CN"));

    public static UiText In(string language) =>
        new(ThemeLoader.LoadStrings(ThemeLoader.Files(Repository.Root, Repository.Themes, "default"), language, new DiagnosticBag(), null)
            ?? throw new InvalidOperationException($"the default theme has no strings for {language}"));

    /// <summary>The phrase in the default language, zh-CN.</summary>
    public static string Said(this Phrase phrase) => Chinese.Value.Say(phrase);
}
