using System.Globalization;

namespace BudgetSiteGen.Loading;

/// <summary>
/// The characters a YAML file may hold before it reaches the parser. YAML forbids control characters other than
/// tab and the line breaks. NEL, U+2028 and U+2029 are ordinary characters in YAML 1.2 but line breaks to YAML 1.1
/// parsers such as YamlDotNet: the parser would read a different structure from the one an editor shows, so they
/// are refused too (written as escapes in a double-quoted string they are fine).
/// </summary>
public static class YamlCharacters
{
    /// <summary>The first character refused, with why and what to write instead; null when there is none.</summary>
    public static (int Offset, string Reason, string Expected)? FirstRefused(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\u007F') || (c >= '\u00A0' && c <= '\u2027') || (c >= '\u202A' && c <= '\uFFFD'))
            {
                continue;
            }

            var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + (Name(c) is { } name ? $" ({name})" : string.Empty);
            return c is '\u0085' or '\u2028' or '\u2029'
                ? (i, $"the character {code} ends a line for this parser but not for an editor.",
                    $"a plain line break, or the escape {Escape(c)} inside a double-quoted string")
                : (i, $"the {(c < ' ' || (c >= '\u007F' && c <= '\u009F') ? "control character" : "character")} {code} may not appear in a YAML file.",
                    "printable text; a control character can be written as an escape such as \\x1b inside a double-quoted string");
        }

        return null;
    }

    /// <summary>
    /// The text with every lone CR (an old Mac line end, which YAML reads as a line break) made a LF, which YAML
    /// reads the same. The parser fails on lone CRs in some places; the length and every offset stay the same.
    /// </summary>
    public static string WithLineFeeds(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
            {
                chars[i] = '\n';
            }
        }

        return new string(chars);
    }

    private static string? Name(char c) => c switch
    {
        '\0' => "NUL",
        '\u001B' => "ESC",
        '\u007F' => "DEL",
        '\u0085' => "NEL, next line",
        '\u2028' => "line separator",
        '\u2029' => "paragraph separator",
        _ => null,
    };

    private static string Escape(char c) => c switch
    {
        '\u0085' => "\\N",
        '\u2028' => "\\L",
        _ => "\\P",
    };
}
