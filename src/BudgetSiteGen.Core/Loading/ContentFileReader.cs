using System.Text;
using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads one content file from disk into a node tree: checks its size, that it is UTF-8 and not empty,
/// and parses it as YAML or JSON by its extension. Problems become diagnostics, never exceptions.
/// </summary>
public static class ContentFileReader
{
    /// <summary>
    /// Far above any real department-year (the largest seed is about 150 KB) and low enough that a
    /// stray dump of garbage is refused in bounded time and memory.
    /// </summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ParsedFile Read(string path, string displayName)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                var sink = new DiagnosticSink(displayName, null);
                sink.Error(DiagnosticCodes.FileTooLarge, 1, 1,
                    $"the file is {info.Length / 1024 / 1024.0m:0.0} MB, larger than the {MaxFileBytes / 1024 / 1024} MB a content file may be.",
                    "one department-year per file, well under the limit");
                return new ParsedFile(displayName, null, null, sink);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return Failed(displayName, DiagnosticCodes.UnreadableFile, $"the file cannot be read: {ex.Message}", "a readable file");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(displayName, DiagnosticCodes.UnreadableFile, "the file cannot be read: permission denied.", "a file the build may read");
        }

        return Parse(bytes, displayName, IsJson(path));
    }

    public static ParsedFile Parse(byte[] bytes, string displayName, bool isJson)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return Failed(displayName, DiagnosticCodes.NotUtf8, "the file is saved as UTF-16, not UTF-8.", "UTF-8 text (save the file as UTF-8)");
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            var bad = offset + Math.Max(0, ex.Index);
            var (line, column) = PositionOfByte(bytes, offset, bad);
            var sink = new DiagnosticSink(displayName, null);
            sink.Error(DiagnosticCodes.NotUtf8, line, column,
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(bad, bytes.Length - 1)]:X2} at offset {bad}); it may be saved as GBK or GB18030.",
                "UTF-8 text (save the file as UTF-8)");
            return new ParsedFile(displayName, null, null, sink);
        }

        var source = new SourceText(text);
        var fileSink = new DiagnosticSink(displayName, source);
        if (string.IsNullOrWhiteSpace(text))
        {
            fileSink.Error(DiagnosticCodes.EmptyFile, 1, 1, "the file is empty.", "a department-year (schema_version, report, jurisdiction, department …)");
            return new ParsedFile(displayName, source, null, fileSink);
        }

        var payload = offset == 0 ? bytes : bytes[offset..];
        var root = isJson ? JsonTreeReader.Read(payload, fileSink) : YamlTreeReader.Read(text, fileSink);
        if (root is null && !fileSink.HasErrors)
        {
            fileSink.Error(DiagnosticCodes.EmptyFile, 1, 1, "the file holds only comments.", "a department-year (schema_version, report, jurisdiction, department …)");
        }

        return new ParsedFile(displayName, source, root, fileSink);
    }

    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static ParsedFile Failed(string displayName, string code, string message, string expected)
    {
        var sink = new DiagnosticSink(displayName, null);
        sink.Error(code, 1, 1, message, expected);
        return new ParsedFile(displayName, null, null, sink);
    }

    private static (int Line, int Column) PositionOfByte(byte[] bytes, int start, int target)
    {
        int line = 1, column = 1;
        for (var i = start; i < target && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
