namespace BudgetSiteGen.Rendering;

/// <summary>A static file of the theme (CSS, JavaScript, icons), copied to the site under assets/.</summary>
public sealed record ThemeAsset(string Path, byte[] Content);
