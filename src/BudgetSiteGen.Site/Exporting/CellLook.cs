namespace BudgetSiteGen.Exporting;

/// <summary>What a cell is on the printed page, which decides its font, borders, alignment and number format.</summary>
public enum CellLook
{
    Title,
    UnitLine,
    Header,
    Code,
    Name,
    Text,
    Amount,
    Percent,
    Blank,
    Unreadable,
    Note,
}
