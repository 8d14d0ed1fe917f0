namespace BudgetSiteGen.Indexing;

/// <summary>
/// How much a match counts by where it is: a page's title above the names on it (row names, card and
/// indicator names, headings), above its breadcrumb, above running text.
/// </summary>
public static class FieldWeights
{
    public const int Title = 100;
    public const int Name = 30;
    public const int Code = 30;
    public const int Breadcrumb = 8;
    public const int Body = 4;
}
