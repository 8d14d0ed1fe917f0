namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The open-data files of a department-year (its JSON and one CSV per table) and the site's own: the data
/// package listing every table and the checksum manifest, each with a line saying what it is for.
/// </summary>
public sealed record DownloadsContent(IReadOnlyList<LinkItem> Files, IReadOnlyList<LinkItem> SiteFiles);
