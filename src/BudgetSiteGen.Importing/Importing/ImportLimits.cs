namespace BudgetSiteGen.Importing;

/// <summary>
/// Bounds on what an import reads, so a huge or hostile workbook costs a refusal, not the machine. A department's
/// published tables are a few hundred rows in a workbook of some tens of kilobytes; the bounds are far above that.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes, int MaxRowsPerSheet, int MaxColumnsPerSheet, int MaxSheets)
{
    public static readonly ImportLimits Default = new(MaxFileBytes: 10L * 1024 * 1024, MaxRowsPerSheet: 5_000, MaxColumnsPerSheet: 100, MaxSheets: 60);
}
