using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Indexing;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Pages;
using BudgetSiteGen.ViewModels.SetAside;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// Joins the parts of a sharded build into the site a single build would have written, byte for byte: the
/// departments' files are taken as they are (hard links where possible), and their summaries and search
/// documents are fed to the site-wide step in department order, exactly as a single build feeds them.
/// </summary>
public static class SiteMerger
{
    public static BuildResult Merge(MergeOptions options, IBuildProgress progress)
    {
        var kept = KeptFolder.Of(options.ContentFolder, options.ThemesFolder).Concat(options.Parts.Select(part => new KeptFolder(part, "a part being merged", NothingInside: false)));
        return GuardedBuild.Run(options.OutputFolder, kept, () => MergeParts(options, progress));
    }

    private static BuildResult MergeParts(MergeOptions options, IBuildProgress progress)
    {
        progress.Stage("load", 1);
        var diagnostics = new DiagnosticBag();
        var setup = BuildSetup.Prepare(options.ContentFolder, options.ThemesFolder, PageSelection.All, diagnostics);
        progress.Advance();
        if (setup is null || !Complete(setup, options.Parts, diagnostics))
        {
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0);
        }

        using var output = new StagedOutput(options.OutputFolder);
        using var search = new SiteSearchIndex(setup.Index, output);
        search.AddJurisdictions(SitePages.WithContent(setup.Index, setup.Units.Select(u => u.JurisdictionCode)));
        var years = new List<DepartmentYearSummary>();
        using var resources = new DataPackageResources(output.PathOf(DataPackageResources.FileName));
        using var links = new PageLinksOnDisk(output.PathOf(PageLinksOnDisk.FileName));
        var pagePaths = new PageList(keepPaths: setup.Index.Site.BaseUrl is not null);
        progress.Stage("merge", setup.Units.Count);
        OrderedPipeline.Run(InDepartmentOrder(options.Parts), part =>
        {
            var result = PartFile.Read(part.Line);
            foreach (var (path, hash) in result.Files)
            {
                output.Adopt(path, Path.Combine(part.Folder, path), hash);
            }

            return (Result: result, Scored: result.Documents.Select(SearchIndexWriter.Score).ToList());
        }, done =>
        {
            search.AddDepartment(done.Result.Key, done.Scored, done.Result.Documents.Select(SearchFilter.Of).ToList());
            years.AddRange(done.Result.Years.Select(resources.Take).Select(links.Take));
            pagePaths.AddRange(done.Result.Pages);
            progress.Advance();
        });

        progress.Stage("site pages and search index", 1);
        var pages = pagePaths.Count + SiteWidePages.Write(setup.Pages, setup.Theme, years, resources, pagePaths, search, output, PageSelection.All);
        links.Dispose();
        progress.Advance();
        output.Commit();
        return new BuildResult(true, diagnostics.Sorted(), pages, output.Files, output.Bytes);
    }

    /// <summary>Every part of one build, each department of the content in exactly one of them.</summary>
    private static bool Complete(BuildSetup setup, IReadOnlyList<string> parts, DiagnosticBag diagnostics)
    {
        void Problem(string where, string message, string expected) =>
            diagnostics.Add(new Diagnostic(DiagnosticCodes.IncompleteShards, Severity.Error, SourceLocation.StartOf(where), message, expected));

        var descriptions = new List<ShardDescription>();
        foreach (var part in parts)
        {
            var file = Path.Combine(part, PartFile.Folder, PartFile.Description);
            if (!File.Exists(file))
            {
                Problem(part, "this folder is not the output of a shard build.", "the output folder of `budgetsitegen build --shard K/N`");
                continue;
            }

            var description = PartFile.ReadDescription(file);
            descriptions.Add(description);
            if (description.Inputs != setup.Inputs)
            {
                Problem(part, "this part was built from other shared content, another theme or another version of BudgetSiteGen.",
                    "every part built from the same commit as the merge");
            }
        }

        if (diagnostics.HasErrors)
        {
            return false;
        }

        var count = descriptions[0].Of;
        var shards = descriptions.Select(d => d.Shard).Order().ToList();
        if (descriptions.Any(d => d.Of != count) || !shards.SequenceEqual(Enumerable.Range(1, count)))
        {
            Problem(parts[0], $"the parts given are shards {string.Join(", ", descriptions.Select(d => $"{d.Shard}/{d.Of}"))}.", $"each of the shards 1/{count} to {count}/{count} once");
            return false;
        }

        var built = descriptions.SelectMany(d => d.Departments).Order(StringComparer.Ordinal).ToList();
        var wanted = setup.Units.Select(u => u.Key).ToList();
        if (!built.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            Problem(parts[0], "the parts do not cover the departments of the content folder exactly once (were they built from another commit?).",
                "shards built from the same content as the merge");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The departments of all parts in department order, as unparsed lines: each part lists its own in that
    /// order, so this is a merge of sorted lists, and only the key at the start of each line is read here.
    /// </summary>
    private static IEnumerable<(string Line, string Folder)> InDepartmentOrder(IReadOnlyList<string> parts)
    {
        var readers = parts.Select(p => (Folder: p, Lines: File.ReadLines(Path.Combine(p, PartFile.Folder, PartFile.Departments)).Where(l => l.Length > 0).GetEnumerator())).ToList();
        var heads = readers.Where(r => r.Lines.MoveNext()).ToList();
        try
        {
            while (heads.Count > 0)
            {
                var next = heads.MinBy(r => PartFile.KeyOf(r.Lines.Current), StringComparer.Ordinal);
                yield return (next.Lines.Current, next.Folder);
                if (!next.Lines.MoveNext())
                {
                    heads.Remove(next);
                }
            }
        }
        finally
        {
            readers.ForEach(r => r.Lines.Dispose());
        }
    }
}
