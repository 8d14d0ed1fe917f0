namespace BudgetSiteGen.Checking;

public enum LocationKind
{
    TableCell,
    Table,
    Card,
    CardIndicator,
    Narrative,
    DepartmentForm,
}
