namespace BudgetSiteGen.ViewModels.Pages;

public sealed record GlossaryContent(IReadOnlyList<GlossaryEntry> Terms);
