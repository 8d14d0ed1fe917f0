namespace BudgetSiteGen.Building;

/// <summary>Which pages a build renders: the whole site, or only the table pages (a quick preview, and the benchmark's page set).</summary>
public enum PageSelection
{
    All,
    Tables,
}
