namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The open-data files of a department-year: its JSON and one CSV per table.</summary>
public sealed record DownloadsContent(IReadOnlyList<LinkItem> Files);
