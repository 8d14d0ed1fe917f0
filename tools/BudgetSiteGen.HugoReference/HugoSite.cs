using System.Diagnostics;
using System.Globalization;
using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Routing;

namespace BudgetSiteGen.HugoReference;

/// <summary>
/// Writes a Hugo site that renders the same table pages as BudgetSiteGen: the configuration, the layouts,
/// the stylesheet, and one content file per table page whose front matter carries the page's data.
/// Departments are loaded one at a time as the build does, so memory stays flat however many there are.
/// </summary>
public static class HugoSite
{
    private const string LayoutPrefix = "hugo/";

    public static int Write(string contentFolder, string hugoFolder, string? themesFolder)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var themes = themesFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentFolder)) ?? ".", "themes");
        var setup = BuildSetup.Prepare(contentFolder, themes, PageSelection.Tables, diagnostics);
        if (setup is null)
        {
            return Failed(diagnostics);
        }

        // Only what this tool writes is replaced, so a wrong --out cannot wipe an unrelated folder.
        foreach (var folder in new[] { "content", "layouts", "static" }.Select(f => Path.Combine(hugoFolder, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(hugoFolder);
        File.WriteAllText(Path.Combine(hugoFolder, "hugo.toml"), HugoConfig.Text(setup.Index.Site, setup.Theme.Strings));
        WriteLayouts(hugoFolder);
        var stylesheet = setup.Theme.Assets.First(a => a.Path == SitePaths.Stylesheet);
        WriteFile(Path.Combine(hugoFolder, "static", SitePaths.Stylesheet), stylesheet.Content);

        var pages = 0;
        Parallel.ForEach(setup.Units, unit =>
        {
            var written = 0;
            foreach (var year in ContentLoader.LoadDepartmentYears(unit.Files, setup.Index.Shared.References, diagnostics))
            {
                foreach (var (job, table) in TablePages.Of(setup.Pages, year))
                {
                    WriteFile(Path.Combine(hugoFolder, "content", Path.ChangeExtension(job.Path, ".md")), FrontMatter.Json(job.Model, table));
                    written++;
                }
            }

            Interlocked.Add(ref pages, written);
        });
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote a Hugo site of {pages} table pages to {hugoFolder} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static int Failed(DiagnosticBag diagnostics)
    {
        foreach (var d in diagnostics.Sorted().Where(d => d.Severity == Severity.Error))
        {
            Console.Error.WriteLine($"{d.Location.File}:{d.Location.Line}:{d.Location.Column}: error {d.Code}: {d.Message}");
        }

        return 1;
    }

    private static void WriteLayouts(string hugoFolder)
    {
        var assembly = typeof(HugoSite).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(LayoutPrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            WriteFile(Path.Combine(hugoFolder, name[LayoutPrefix.Length..]), copy.ToArray());
        }
    }

    private static void WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
