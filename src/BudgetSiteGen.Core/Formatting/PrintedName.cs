namespace BudgetSiteGen.Formatting;

/// <summary>Printed item names carry ordinals ("八、社会保障和就业支出"); text and charts name them without.</summary>
public static class PrintedName
{
    public static string WithoutOrdinal(string name)
    {
        var mark = name.IndexOf('、', StringComparison.Ordinal);
        return mark is > 0 and <= 4 ? name[(mark + 1)..] : name;
    }
}
