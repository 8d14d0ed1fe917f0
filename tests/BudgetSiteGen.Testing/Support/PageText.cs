using AngleSharp.Dom;

namespace BudgetSiteGen.Tests.Support;

/// <summary>What a sighted reader sees of a page element: its text without the words only screen readers hear.</summary>
public static class PageText
{
    public static string Visible(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every body row of the first table inside <paramref name="container"/>, as the visible text of its cells.</summary>
    public static List<string[]> Rows(IElement container) =>
        container.QuerySelector("table")!.QuerySelectorAll("tbody tr")
            .Select(tr => tr.Children.Select(Visible).ToArray())
            .ToList();
}
