namespace BudgetSiteGen.Model;

public enum Comparator
{
    Equal,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
