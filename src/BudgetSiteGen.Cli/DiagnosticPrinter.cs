using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Cli;

/// <summary>
/// Prints diagnostics the way compilers do (file:line:column: error CODE: message), with the offending
/// line and a caret under the column, so editors and CI logs link straight to the place.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var severity = d.Severity == Severity.Error ? "error" : "warning";
            writer.WriteLine($"{d.Location}: {severity} {d.Code}: {d.Message}");
            if (d.SourceLine is { } line)
            {
                var number = d.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteLine($"  {number} | {line}");
                writer.WriteLine($"  {new string(' ', number.Length)} | {Caret(line, d.Location.Column)}");
            }

            if (d.Expected is { } expected)
            {
                writer.WriteLine($"  expected: {expected}");
            }
        }
    }

    /// <summary>Pads with the same characters' display width so the caret sits under wide CJK text too.</summary>
    private static string Caret(string line, int column)
    {
        var pad = new System.Text.StringBuilder();
        var chars = line.EnumerateRunes().Take(Math.Max(0, column - 1));
        foreach (var rune in chars)
        {
            pad.Append(rune.Value == '\t' ? "\t" : IsWide(rune) ? "  " : " ");
        }

        return pad + "^";
    }

    private static bool IsWide(System.Text.Rune rune) =>
        rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
