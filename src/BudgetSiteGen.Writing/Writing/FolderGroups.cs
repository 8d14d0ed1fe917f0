namespace BudgetSiteGen.Writing;

/// <summary>Numbers grouped by folder: those of folder f are <c>Numbers[Start[f]..Start[f + 1]]</c>.</summary>
internal sealed class FolderGroups(long[] numbers, int[] start)
{
    public IEnumerable<long> Of(int folder) => new ArraySegment<long>(numbers, start[folder], start[folder + 1] - start[folder]);
}
