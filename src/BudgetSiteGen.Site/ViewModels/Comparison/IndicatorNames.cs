namespace BudgetSiteGen.ViewModels.Comparison;

/// <summary>Indicator names are matched without spaces and brackets, and through the aliases in content/indicator-names.yaml.</summary>
public sealed class IndicatorNames(IReadOnlyDictionary<string, string> aliases)
{
    public string Canonical(string name)
    {
        var normal = new string(name.Where(c => !char.IsWhiteSpace(c) && "（）()【】“”".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        return aliases.TryGetValue(normal, out var canonical) ? canonical : normal;
    }
}
