using System.Globalization;
using System.Text;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.HugoReference;

/// <summary>
/// hugo.toml: ugly URLs so a page lands at the same relative path as BudgetSiteGen's (tables/3.html), every
/// kind but single pages disabled so Hugo renders only the table pages, and the theme's UI strings as params.
/// </summary>
public static class HugoConfig
{
    public static string Text(SiteSettings site, IReadOnlyDictionary<string, string> strings)
    {
        var text = new StringBuilder()
            .AppendLine("baseURL = \"/\"")
            .AppendLine(CultureInfo.InvariantCulture, $"title = {Quote(site.Title)}")
            .AppendLine(CultureInfo.InvariantCulture, $"languageCode = {Quote(site.Language)}")
            .AppendLine("uglyURLs = true")
            .AppendLine("disableKinds = [\"home\", \"section\", \"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]")
            .AppendLine("disableHugoGeneratorInject = true")
            .AppendLine()
            .AppendLine("[params.strings]");
        foreach (var (key, value) in strings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Quote(key)} = {Quote(value)}");
        }

        return text.ToString();
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u007f' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
