using System.Text;
using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Decodes a content file's bytes as strict UTF-8, skipping a UTF-8 byte order mark, the one way every reader
/// of content files (the full load and the build's grouping) sees the same text.
/// </summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Where the text starts: past a UTF-8 byte order mark.</summary>
    public static int StartOf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? 3 : 0;

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return new DecodedText(null, 0, new FileProblem(DiagnosticCodes.NotUtf8, "the file is saved as UTF-16, not UTF-8.", "UTF-8 text (save the file as UTF-8)"));
        }

        var start = StartOf(bytes);
        try
        {
            return new DecodedText(Strict.GetString(bytes, start, bytes.Length - start), start, null);
        }
        catch (DecoderFallbackException ex)
        {
            var bad = start + Math.Max(0, ex.Index);
            var (line, column) = LinePositions.OfUtf8(bytes.AsMemory(start)).Of(bad - start);
            return new DecodedText(null, start, new FileProblem(DiagnosticCodes.NotUtf8,
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(bad, bytes.Length - 1)]:X2} at offset {bad}); it may be saved as GBK or GB18030.",
                "UTF-8 text (save the file as UTF-8)"), line, column);
        }
    }
}
