using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// The theme's UI strings as seen from C#: view models pick strings by key so that every word a reader
/// sees lives in the theme. A missing key shows as the key itself, which a test catches.
/// </summary>
public sealed class UiText(IReadOnlyDictionary<string, string> strings)
{
    private readonly Phrasebook _phrasebook = new(strings);

    public IReadOnlyDictionary<string, string> All => strings;

    public string Get(string key) => strings.TryGetValue(key, out var value) ? value : key;

    /// <summary>
    /// A string that reads differently in final accounts (决算公开表 where a budget has 预算公开表): the key with
    /// "_final_accounts" appended when the theme has it and the report is a final account, else the key itself.
    /// </summary>
    public string ForKind(string key, ReportKind kind) =>
        kind == ReportKind.FinalAccounts && strings.TryGetValue(key + "_final_accounts", out var value) ? value : Get(key);

    /// <summary>Fills {0}, {1} … in a string; UI strings are plain text, so no format provider is involved.</summary>
    public string Format(string key, params string[] values)
    {
        var result = Get(key);
        for (var i = 0; i < values.Length; i++)
        {
            result = result.Replace("{" + i + "}", values[i], StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>The words of a phrase in this language: its string with every {name} replaced by its argument said.</summary>
    public string Say(Phrase phrase) => _phrasebook.Say(phrase);

    /// <summary>A money unit named on its own, as in "单位：万元" (Unit: 10,000 yuan).</summary>
    public string UnitName(MoneyUnit unit) => Say(Phrase.UnitName(unit));

    /// <summary>A money unit written after an amount, as in "12.5万元" (12.5 ×10,000 yuan).</summary>
    public string UnitSuffix(MoneyUnit unit) => Say(Phrase.Unit(unit));

    /// <summary>An amount with its unit, for running text and text alternatives.</summary>
    public string WithUnit(Money money) => AmountText.Format(money.Amount) + UnitSuffix(money.Unit);

    /// <summary>Says a phrase that may be absent.</summary>
    public string? SayOrNull(Phrase? phrase) => phrase is null ? null : Say(phrase);
}
