namespace BudgetSiteGen.SiteTests.Support;

/// <summary>A URL a file refers to, and where in the file it was found (an attribute name, a style, a stylesheet).</summary>
public sealed record UrlReference(string Where, string Url);
