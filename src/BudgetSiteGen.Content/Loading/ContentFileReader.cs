using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads one content file from disk into a node tree: checks that it is a regular file within the size limit
/// (<see cref="BoundedFile"/>), that it is UTF-8 and not empty, and parses it as YAML or JSON by its extension.
/// Problems become diagnostics, never exceptions. This is the one place content files are parsed in full.
/// </summary>
public static class ContentFileReader
{
    /// <summary>
    /// Far above any real department-year (the largest seed is about 150 KB) and low enough that a
    /// stray dump of garbage is refused in bounded time and memory.
    /// </summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static ParsedFile Read(string path, string displayName)
    {
        var (bytes, problem) = BoundedFile.Read(path, MaxFileBytes);
        return problem is null ? Parse(bytes!, displayName, IsJson(path)) : Failed(displayName, problem);
    }

    public static ParsedFile Parse(byte[] bytes, string displayName, bool isJson)
    {
        var decoded = Utf8Text.Decode(bytes);
        if (decoded.Problem is { } problem)
        {
            var sink = new DiagnosticSink(displayName, null);
            sink.Error(problem.Code, decoded.Line, decoded.Column, problem.Message, problem.Expected);
            return new ParsedFile(displayName, null, null, sink);
        }

        var text = decoded.Text!;
        var source = new SourceText(text);
        var fileSink = new DiagnosticSink(displayName, source);
        if (string.IsNullOrWhiteSpace(text))
        {
            fileSink.Error(DiagnosticCodes.EmptyFile, 1, 1, "the file is empty.", "a department-year (schema_version, report, jurisdiction, department …)");
            return new ParsedFile(displayName, source, null, fileSink);
        }

        var root = isJson ? JsonTreeReader.Read(bytes.AsMemory(decoded.Start), fileSink) : YamlTreeReader.Read(source, fileSink);
        if (root is null && !fileSink.HasErrors)
        {
            fileSink.Error(DiagnosticCodes.EmptyFile, 1, 1, "the file holds only comments.", "a department-year (schema_version, report, jurisdiction, department …)");
        }

        return new ParsedFile(displayName, source, root, fileSink);
    }

    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static ParsedFile Failed(string displayName, FileProblem problem)
    {
        var sink = new DiagnosticSink(displayName, null);
        sink.Error(problem.Code, 1, 1, problem.Message, problem.Expected);
        return new ParsedFile(displayName, null, null, sink);
    }
}
