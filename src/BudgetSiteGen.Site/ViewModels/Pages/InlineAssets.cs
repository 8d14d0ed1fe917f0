namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// The theme's stylesheet and icon for writing into a page itself: the 404 page, which a host serves at
/// whatever address was missed, so no relative address to assets/ is right everywhere.
/// </summary>
public sealed record InlineAssets(string? Stylesheet, string? IconHref)
{
    public static InlineAssets From(string? stylesheet, byte[]? svgIcon) =>
        new(stylesheet, svgIcon is null ? null : "data:image/svg+xml;base64," + Convert.ToBase64String(svgIcon));
}
