namespace BudgetSiteGen.Model;

/// <summary>
/// Which field of a row a label column shows. <see cref="Lei"/>, <see cref="Kuan"/> and <see cref="Xiang"/> are the
/// 类, 款 and 项 parts of the row's code where a layout prints them as separate columns.
/// </summary>
public enum StubField
{
    Code,
    Name,
    Class,
    Lei,
    Kuan,
    Xiang,
}
