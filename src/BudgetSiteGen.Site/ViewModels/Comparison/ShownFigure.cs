namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>
/// A figure as a comparison cell shows it, in the page's unit: a number (exact, or rounded and marked 约 where a
/// quotient does not end), a blank cell, an unreadable one, or nothing because the report does not list it.
/// </summary>
internal readonly record struct ShownFigure(decimal? Value, bool Approximate = false, bool IsUnreadable = false, bool IsListed = true)
{
    public static ShownFigure Blank => new(null);

    public static ShownFigure Unreadable => new(null, IsUnreadable: true);

    public static ShownFigure NotListed => new(null, IsListed: false);

    public static ShownFigure Exact(decimal value) => new(value);
}
