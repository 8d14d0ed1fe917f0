namespace BudgetSiteGen.Model;

public sealed record Performance(DepartmentForm? DepartmentForm, IReadOnlyList<PerformanceCard> Cards)
{
    public static readonly Performance None = new(null, []);
}
