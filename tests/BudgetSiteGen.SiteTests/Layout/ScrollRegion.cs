namespace BudgetSiteGen.SiteTests.Layout;

/// <summary>What the page reports about one .table-scroll element: its keyboard and screen-reader attributes and its sizes.</summary>
public sealed record ScrollRegion(string? Tabindex, string? Role, string? Name, int ScrollWidth, int ClientWidth);
