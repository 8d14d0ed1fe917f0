using System.Globalization;
using System.Text;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Writes a string as a YAML scalar: plain when YAML reads it back as the same string, double-quoted otherwise
/// (text that looks like a number, a date, true or null, or holds YAML's punctuation).
/// </summary>
public static class YamlScalar
{
    private const string Special = ":#,[]{}&*!|>'\"%@`\\";
    private static readonly string[] Words = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    public static string Of(string text)
    {
        var plain = text.Length > 0
            && text.Trim() == text
            && !text.Any(c => Special.Contains(c, StringComparison.Ordinal) || char.IsControl(c))
            && !"-?".Contains(text[0], StringComparison.Ordinal)
            && !Words.Contains(text.ToLowerInvariant())
            && !char.IsAsciiDigit(text[0]) && text[0] != '.' && text[0] != '+';
        return plain ? text : Quoted(text);
    }

    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Of)) + "]";
}
