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

    /// <summary>A decoded text, where it starts in the bytes (3 past a byte order mark), or why it could not be decoded.</summary>
    public sealed record Decoded(string? Text, int Start, Problem? Problem);

    public sealed record Problem(string Code, int Line, int Column, string Message, string Expected);

    public static int StartOf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? 3 : 0;

    public static Decoded Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return new Decoded(null, 0, new Problem(DiagnosticCodes.NotUtf8, 1, 1, "the file is saved as UTF-16, not UTF-8.", "UTF-8 text (save the file as UTF-8)"));
        }

        var start = StartOf(bytes);
        try
        {
            return new Decoded(Strict.GetString(bytes, start, bytes.Length - start), start, null);
        }
        catch (DecoderFallbackException ex)
        {
            var bad = start + Math.Max(0, ex.Index);
            var (line, column) = LinePositions.OfUtf8(bytes.AsMemory(start)).Of(bad - start);
            return new Decoded(null, start, new Problem(DiagnosticCodes.NotUtf8, line, column,
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(bad, bytes.Length - 1)]:X2} at offset {bad}); it may be saved as GBK or GB18030.",
                "UTF-8 text (save the file as UTF-8)"));
        }
    }
}
