namespace BudgetSiteGen.ViewModels;

/// <summary>
/// One language a site is published in: its tag, the folder its pages are under (empty for the first, at the root;
/// "en/" for English) and its name in its own words, for the language switch.
/// </summary>
public sealed record PublishedLanguage(string Tag, string Folder, string Name);
