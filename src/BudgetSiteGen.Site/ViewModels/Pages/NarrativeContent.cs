namespace BudgetSiteGen.ViewModels.Pages;

public sealed record NarrativeContent(IReadOnlyList<NarrativeSection> Items, IReadOnlyList<LinkItem> Contents);
