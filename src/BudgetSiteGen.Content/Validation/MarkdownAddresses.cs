using System.Globalization;
using System.Text;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.MarkdownSafety;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Warns about every link or image address in a Markdown field that the site will not make live (see
/// <see cref="SafeMarkdown"/>). A warning, not an error: the report is still published, with the label as
/// plain text, but whoever wrote the address learns it did not become a link. The position is the field's
/// value in the file, and the place inside the text, since YAML block scalars move text off their lines.
/// </summary>
public static class MarkdownAddresses
{
    private const int ShownLength = 80;

    public static void Report(DiagnosticSink sink, DataNode node, string markdown, string what)
    {
        foreach (var refused in SafeMarkdown.Refused(markdown))
        {
            var address = Printable(refused.Address);
            var at = string.Create(CultureInfo.InvariantCulture, $"line {refused.Line}, column {refused.Column} of the text");
            if (refused.Use == AddressUse.Image)
            {
                sink.Warning(DiagnosticCodes.RefusedImageAddress, node.Line, node.Column,
                    $"{what} shows an image from '{address}' ({at}); only images on the site itself are shown, so the page shows the image's description as text.",
                    "a relative address of an image on the site, such as images/chart.png");
                continue;
            }

            var kind = refused.Use == AddressUse.LinkDefinition ? "defines a link reference as" : "links to";
            sink.Warning(DiagnosticCodes.RefusedLinkAddress, node.Line, node.Column,
                $"{what} {kind} '{address}' ({at}); only relative addresses and http:, https: and mailto: become links, so the page shows the link's label as plain text.",
                "a relative address such as ../tables/3.html, or one starting with http://, https:// or mailto:");
        }
    }

    /// <summary>The address as a reader of the message can see it: control characters spelt out, long ones cut.</summary>
    private static string Printable(string address)
    {
        var text = new StringBuilder();
        foreach (var c in address)
        {
            text.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
        }

        return text.Length > ShownLength ? text.ToString(0, ShownLength) + "…" : text.ToString();
    }
}
