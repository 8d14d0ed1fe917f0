using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Building;

/// <summary>What every kind of build starts from: the shared lists, the compiled theme, the departments to build.</summary>
public sealed record BuildSetup(SiteIndex Index, Theme Theme, PageFactory Pages, string Inputs, IReadOnlyList<DepartmentUnit> Units)
{
    /// <summary>The pages in each further language of the site (en/ …), in the order site.yaml lists them; none for one language.</summary>
    public IReadOnlyList<PageFactory> OtherLanguages { get; init; } = [];

    public static BuildSetup? Prepare(string contentFolder, string themesFolder, PageSelection selection, DiagnosticBag diagnostics)
    {
        var shared = ContentLoader.LoadShared(contentFolder, diagnostics, out var references);
        var files = ContentLoader.FindReportFiles(contentFolder, diagnostics);
        if (shared is null || diagnostics.HasErrors)
        {
            // No department can be built, but every report's problems are reported as `check` reports them.
            ContentLoader.LoadDepartmentYears(files, references, diagnostics);
            return null;
        }

        // Reading every report file to group it is disk-bound; the theme's templates compile meanwhile.
        var planning = Task.Run(() => DepartmentUnits.Plan(files, shared.References));
        var themeFiles = ThemeLoader.Files(contentFolder, themesFolder, shared.Site.Theme);
        var theme = ThemeLoader.Load(themeFiles, shared.Site.Language, diagnostics, shared.Site.LanguageAt);
        var units = planning.GetAwaiter().GetResult();
        if (theme is null)
        {
            ContentLoader.LoadDepartmentYears(files, shared.References, diagnostics);
            return null;
        }

        var index = new SiteIndex(shared);
        var inputs = BuildInputs.Fingerprint(Path.GetFullPath(contentFolder), themeFiles.Fingerprint(), selection);
        foreach (var unit in units)
        {
            for (var i = 0; i < unit.Files.Count; i++)
            {
                index.KnowHash(unit.Files[i], unit.FileHashes[i]);
            }
        }

        // Every further language reads its own strings file of the same theme; the templates are the same.
        var others = shared.Site.Languages.Skip(1)
            .Select(tag => (Tag: tag, Strings: ThemeLoader.LoadStrings(themeFiles, tag, diagnostics, shared.Site.WhereLanguageIsSet(tag))))
            .ToList();
        if (others.Any(o => o.Strings is null))
        {
            return null;
        }

        var texts = new[] { new UiText(theme.Strings) }.Concat(others.Select(o => new UiText(o.Strings!))).ToList();
        var languages = new PublishedLanguages(
            shared.Site.Languages.Select((tag, i) => new PublishedLanguage(tag, i == 0 ? string.Empty : tag.ToLowerInvariant() + "/", texts[i].Get("language_name"))).ToList(), 0);
        var pages = texts.Select((text, i) => new PageFactory(index, text, string.Empty) { Languages = languages.Writing(i) }).ToList();
        return new BuildSetup(index, theme, pages[0], inputs, units) { OtherLanguages = pages.Skip(1).ToList() };
    }
}
