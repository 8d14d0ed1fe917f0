using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// The theme's UI strings as seen from C#: view models pick strings by key so that every word a reader
/// sees lives in the theme. A missing key shows as the key itself, which a test catches.
/// </summary>
public sealed class UiText(IReadOnlyDictionary<string, string> strings)
{
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
}
