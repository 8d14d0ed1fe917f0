using System.Collections.Concurrent;
using AngleSharp.Dom;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>The ids (and legacy a[name] anchors) each page offers as #fragment targets, parsed once per page.</summary>
public sealed class FragmentTargets(string outputFolder)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _byFile = new(StringComparer.Ordinal);

    public void Remember(string file, IDocument document) => _byFile[file] = Collect(document);

    /// <summary>Whether #fragment on that file scrolls somewhere. Empty and "top" always do, per the HTML spec.</summary>
    public bool Has(string file, string fragment)
    {
        if (fragment.Length == 0 || (fragment.Equals("top", StringComparison.OrdinalIgnoreCase) && file.EndsWith(".html", StringComparison.Ordinal)))
        {
            return true;
        }

        var ids = _byFile.GetOrAdd(file, f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)
            ? Collect(HtmlFiles.Parse(Path.Combine(outputFolder, f)))
            : []);
        return ids.Contains(fragment);
    }

    private static HashSet<string> Collect(IDocument document) =>
        document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
}
