namespace BudgetSiteGen.Checking;

public enum LocationKind
{
    TableCell,
    Table,
    Card,
    CardIndicator,
    Narrative,
    DepartmentForm,

    /// <summary>第一部分 概况: duties, organisation and staffing.</summary>
    Profile,
}
