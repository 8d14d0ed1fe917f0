using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model.Layouts;
using BudgetSiteGen.Validation;

namespace BudgetSiteGen.Loading;

/// <summary>
/// The table layouts a report may name: those shipped with BudgetSiteGen (layouts/*.yaml, built into the program) and
/// a site's own in content/layouts/. A site's layout with a shipped layout's id replaces it, so a bureau can correct
/// one without waiting for a release.
/// </summary>
public static class LayoutLibrary
{
    public const string ContentFolder = "layouts";
    private const string ResourcePrefix = "layouts/";

    public static IReadOnlyDictionary<string, ReportLayout> Load(string contentFolder, DiagnosticBag diagnostics)
    {
        var layouts = new SortedDictionary<string, ReportLayout>(StringComparer.Ordinal);
        foreach (var (name, bytes) in Shipped())
        {
            if (Bind(ContentFileReader.Parse(bytes, $"(built-in) layouts/{name}", isJson: false), diagnostics) is { } layout)
            {
                layouts[layout.Id] = layout;
            }
        }

        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in SiteLayoutFiles(contentFolder))
        {
            var display = ContentLoader.Display(path);
            var parsed = ContentFileReader.Read(path, display);
            if (Bind(parsed, diagnostics) is not { } layout)
            {
                continue;
            }

            if (own.TryGetValue(layout.Id, out var first))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateId, Severity.Error, SourceLocation.StartOf(display),
                    $"the layout id '{layout.Id}' is already used by {first}.", "each layout id in one file"));
                continue;
            }

            own[layout.Id] = display;
            layouts[layout.Id] = layout;
        }

        return layouts;
    }

    /// <summary>The files of content/layouts/, for the build's fingerprint as well as for loading.</summary>
    public static IEnumerable<string> SiteLayoutFiles(string contentFolder)
    {
        var folder = Path.Combine(contentFolder, ContentFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal)
            : [];
    }

    private static ReportLayout? Bind(ParsedFile parsed, DiagnosticBag diagnostics)
    {
        var layout = parsed.Root is null ? null : new LayoutBinder(parsed.Sink).Bind(parsed.Root, parsed.DisplayName);
        var failed = parsed.Sink.HasErrors;
        diagnostics.AddRange(parsed.Sink.Drain());
        return failed ? null : layout;
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Shipped()
    {
        var assembly = typeof(LayoutLibrary).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return (resource[ResourcePrefix.Length..], memory.ToArray());
        }
    }
}
