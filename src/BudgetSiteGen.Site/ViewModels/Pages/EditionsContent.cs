
namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The editions of a report, each with its permanent address, and what each correction changed.</summary>
public sealed record EditionsContent(IReadOnlyList<LinkItem> Editions, IReadOnlyList<EditionStep> Steps);
