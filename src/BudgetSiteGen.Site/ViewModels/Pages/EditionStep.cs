using BudgetSiteGen.Publishing;

namespace BudgetSiteGen.ViewModels.Pages;

public sealed record EditionStep(string Title, IReadOnlyList<EditionChange> Changes);
