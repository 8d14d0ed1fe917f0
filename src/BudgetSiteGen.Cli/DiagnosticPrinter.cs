using System.Globalization;
using System.Text;
using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Cli;

/// <summary>
/// Prints diagnostics the way compilers do (file:line:column: error CODE: message), with the offending
/// line and a caret under the column, so editors and CI logs link straight to the place. Control characters
/// in what is printed (a file name with a newline, a field name with an escape sequence) are shown escaped,
/// so that no content can forge a line of output or drive the terminal.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var severity = d.Severity == Severity.Error ? "error" : "warning";
            var location = Escape(d.Location.ToString());
            writer.WriteLine($"{location}: {severity} {d.Code}: {Escape(d.Message)}");
            if (d.SourceLine is { } line)
            {
                var number = d.Location.Line.ToString(CultureInfo.InvariantCulture);
                var (shown, caret) = WithCaret(line, d.Location.Column);
                writer.WriteLine($"  {number} | {shown}");
                writer.WriteLine($"  {new string(' ', number.Length)} | {caret}");
            }

            if (d.Expected is { } expected)
            {
                writer.WriteLine($"  expected: {Escape(expected)}");
            }
        }
    }

    /// <summary>The text with every character that could break or restyle a line written as an escape such as \n or \u001B.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            escaped.Append(Shown(rune, keepTab: false));
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The source line as printed, and a caret under the character at <paramref name="column"/>, padded with the
    /// same characters' display width so it sits under wide CJK text and escapes too.
    /// </summary>
    private static (string Line, string Caret) WithCaret(string line, int column)
    {
        var shown = new StringBuilder(line.Length);
        var pad = new StringBuilder();
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var text = Shown(rune, keepTab: true);
            shown.Append(text);
            if (++index < column)
            {
                pad.Append(text == "\t" ? "\t" : text.Length > 1 ? new string(' ', text.Length) : IsWide(rune) ? "  " : " ");
            }
        }

        return (shown.ToString(), pad + "^");
    }

    private static string Shown(Rune rune, bool keepTab) => rune.Value switch
    {
        '\t' when keepTab => "\t",
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        < 0x20 or 0x7F or (>= 0x80 and <= 0x9F) or 0x2028 or 0x2029 or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) =>
            string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
        _ => rune.ToString(),
    };

    private static bool IsWide(Rune rune) =>
        rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
