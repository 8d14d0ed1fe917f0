using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;
using BudgetSiteGen.Validation;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Loads and validates a whole content folder: the shared lists first, then every department-year
/// file in parallel. Every problem of every file is collected, so one run reports them all.
/// </summary>
public static class ContentLoader
{
    public const string ReportsFolder = "reports";
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static LoadResult Load(string contentFolder)
    {
        var diagnostics = new DiagnosticBag();
        var shared = LoadShared(contentFolder, diagnostics, out var references);
        var files = FindReportFiles(contentFolder, diagnostics);
        var years = LoadDepartmentYears(files, references, diagnostics);
        if (diagnostics.HasErrors || shared is null)
        {
            return new LoadResult(null, diagnostics.Sorted());
        }

        return new LoadResult(shared.With(years), diagnostics.Sorted());
    }

    /// <summary>site.yaml, jurisdictions.yaml, department-kinds.yaml and the optional indicator-names.yaml; null when any is unusable.</summary>
    public static SharedContent? LoadShared(string contentFolder, DiagnosticBag diagnostics) => LoadShared(contentFolder, diagnostics, out _);

    /// <summary>
    /// As <see cref="LoadShared(string, DiagnosticBag)"/>, with the jurisdictions and kinds that could be read even
    /// when a shared file has errors, so that reports are not all reported as naming unknown ones because of a
    /// typo in site.yaml.
    /// </summary>
    public static SharedContent? LoadShared(string contentFolder, DiagnosticBag diagnostics, out ReferenceLists references)
    {
        references = ReferenceLists.None;
        var folder = Path.GetFullPath(contentFolder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ContentFolderMissing, Severity.Error, SourceLocation.StartOf(Display(folder)),
                "the content folder does not exist.", "a folder with site.yaml, jurisdictions.yaml, department-kinds.yaml and reports/"));
            return null;
        }

        var errors = diagnostics.ErrorCount;
        var site = LoadShared(folder, "site", diagnostics, (binder, root) => binder.BindSite(root));
        var jurisdictions = LoadShared(folder, "jurisdictions", diagnostics, (binder, root) => binder.BindJurisdictions(root)) ?? [];
        var kinds = LoadShared(folder, "department-kinds", diagnostics, (binder, root) => binder.BindDepartmentKinds(root)) ?? [];
        var aliases = Extensions.Any(ext => File.Exists(Path.Combine(folder, "indicator-names" + ext)))
            ? LoadShared(folder, "indicator-names", diagnostics, (binder, root) => binder.BindIndicatorNames(root))
            : null;
        var listsFailed = site is null || diagnostics.ErrorCount > errors;

        // A broken layout is reported in its own file and leaves the library; the lists stay usable, so that reports
        // are not also told that their jurisdiction and kind are unknown.
        var layouts = LayoutLibrary.Load(folder, diagnostics);
        references = SharedContent.ReferencesOf(jurisdictions, kinds) with { Layouts = layouts };
        return listsFailed ? null : new SharedContent(site!, jurisdictions, kinds, aliases ?? []) { Layouts = layouts };
    }

    /// <summary>
    /// Every department-year file under reports/, in ordinal path order; none is an error. Links leading out of the
    /// content folder and folders that cannot be read are reported, and the files beside them still found.
    /// </summary>
    public static List<string> FindReportFiles(string contentFolder, DiagnosticBag diagnostics) =>
        FindReportFiles(contentFolder, diagnostics, null);

    /// <summary>As <see cref="FindReportFiles(string, DiagnosticBag)"/>, listing folders with <paramref name="listFolder"/> (tests make a folder unreadable with it).</summary>
    internal static List<string> FindReportFiles(string contentFolder, DiagnosticBag diagnostics, Func<string, IEnumerable<FileSystemInfo>>? listFolder)
    {
        var folder = Path.GetFullPath(contentFolder);
        var files = Directory.Exists(folder)
            ? new ContainedFiles(folder, "the content folder", IsReportFile, (path, problem) => Report(diagnostics, path, problem), listFolder).List(Path.Combine(folder, ReportsFolder))
            : [];
        if (files.Count == 0 && Directory.Exists(folder))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoDepartmentYears, Severity.Error,
                SourceLocation.StartOf(Display(Path.Combine(folder, ReportsFolder))),
                "there are no department-year files.", $"one .yaml or .json file per department and year under {ReportsFolder}/"));
        }

        return files;
    }

    /// <summary>
    /// Loads and validates department-year files in parallel; a report defined twice is an error, and each
    /// edition learns which edition of its report is the latest among <paramref name="files"/>.
    /// </summary>
    public static List<DepartmentYear> LoadDepartmentYears(IReadOnlyList<string> files, ReferenceLists references, DiagnosticBag diagnostics)
    {
        var loaded = new (DepartmentYear? Model, SourceLocation Identity)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = Display(files[i]);
            var parsed = ContentFileReader.Read(files[i], display);
            DepartmentYear? model = null;
            if (parsed.Root is not null)
            {
                model = new DepartmentYearBinder(parsed.Sink, references).Bind(parsed.Root, display);
            }

            diagnostics.AddRange(parsed.Sink.Drain());
            loaded[i] = (model, IdentityLocation(parsed));
        });

        return WithLatestEditions(ReportDuplicates(ReportAddressConflicts(loaded, diagnostics), diagnostics));
    }

    /// <summary>
    /// One address, one department: two files under the same jurisdiction and department slug must name the same
    /// department. Otherwise both would be published under one name (the slug defaults to the kind id, so two
    /// departments of one kind in one jurisdiction collide unless each gives its own slug).
    /// </summary>
    private static (DepartmentYear? Model, SourceLocation Identity)[] ReportAddressConflicts((DepartmentYear? Model, SourceLocation Identity)[] loaded, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, (DepartmentYear Model, SourceLocation Identity)>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Length; i++)
        {
            if (loaded[i].Model is not { } model)
            {
                continue;
            }

            var address = $"{model.JurisdictionCode}/{model.Department.Slug}";
            if (!first.TryGetValue(address, out var owner))
            {
                first[address] = (model, loaded[i].Identity);
                continue;
            }

            if (string.Equals(owner.Model.Department.Name, model.Department.Name, StringComparison.Ordinal))
            {
                continue;
            }

            var slug = model.Department.SlugGiven ? $"the slug '{model.Department.Slug}'" : $"the slug '{model.Department.Slug}' (the kind id, since the file gives none)";
            diagnostics.Add(new Diagnostic(DiagnosticCodes.DepartmentAddressConflict, Severity.Error, loaded[i].Identity,
                $"{model.Department.Name} and {owner.Model.Department.Name} (in {owner.Identity.File}) would be published at one address: both are in jurisdiction {model.JurisdictionCode} with {slug}.",
                "a department.slug of its own for each department, such as 'changshou-street' and 'caoyang-street'; once published, never change it"));
            loaded[i] = (null, loaded[i].Identity);
        }

        return loaded;
    }

    private static List<DepartmentYear> ReportDuplicates((DepartmentYear? Model, SourceLocation Identity)[] loaded, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var years = new List<DepartmentYear>();
        foreach (var (model, identity) in loaded)
        {
            if (model is null)
            {
                continue;
            }

            var key = $"{model.JurisdictionCode}/{model.Department.Slug}/{model.Report.Year}/{model.Report.Kind}/{model.Report.Edition}";
            if (!seen.TryAdd(key, identity))
            {
                var first = seen[key];
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateDepartmentYear, Severity.Error, identity,
                    $"{model.Department.Name} {model.Report.Year} (jurisdiction {model.JurisdictionCode}, edition {model.Report.Edition}) is already defined in {first.File}:{first.Line}.",
                    "one file per department, year and edition (a corrected republication needs report.edition: 2)"));
                continue;
            }

            years.Add(model);
        }

        return years;
    }

    /// <summary>Tells each department-year which edition of its report is the latest.</summary>
    private static List<DepartmentYear> WithLatestEditions(List<DepartmentYear> years)
    {
        var latest = years.GroupBy(EditionKey).ToDictionary(g => g.Key, g => g.Max(y => y.Report.Edition), StringComparer.Ordinal);
        return years.Select(y => y with { LatestEdition = latest[EditionKey(y)] }).ToList();
    }

    private static string EditionKey(DepartmentYear y) => $"{y.JurisdictionCode}/{y.Department.Slug}/{y.Report.Year}/{y.Report.Kind}";

    private static SourceLocation IdentityLocation(ParsedFile parsed)
    {
        var report = (parsed.Root as MappingNode)?.Entries.FirstOrDefault(entry => entry.Key.Text == "report");
        return report is null ? SourceLocation.StartOf(parsed.DisplayName) : new SourceLocation(parsed.DisplayName, report.Key.Line, report.Key.Column);
    }

    private static T? LoadShared<T>(string folder, string name, DiagnosticBag diagnostics, Func<SharedListBinder, DataNode, T?> bind)
        where T : class
    {
        var path = Extensions.Select(ext => Path.Combine(folder, name + ext)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.SharedListMissing, Severity.Error,
                SourceLocation.StartOf(Display(Path.Combine(folder, name + ".yaml"))),
                $"the shared file {name}.yaml is missing.", $"{name}.yaml in the content folder (see docs/data-format.md)"));
            return null;
        }

        if (new ContainedFiles(folder, "the content folder", _ => true, (link, problem) => Report(diagnostics, link, problem)).Follow(path, isFolder: false) is null)
        {
            return null;
        }

        var parsed = ContentFileReader.Read(path, Display(path));
        var result = parsed.Root is null ? null : bind(new SharedListBinder(parsed.Sink), parsed.Root);
        diagnostics.AddRange(parsed.Sink.Drain());
        return result;
    }

    private static bool IsReportFile(string path) => Extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    private static void Report(DiagnosticBag diagnostics, string path, FileProblem problem) =>
        diagnostics.Add(new Diagnostic(problem.Code, Severity.Error, SourceLocation.StartOf(Display(path)), problem.Message, problem.Expected));

    /// <summary>Paths in messages are relative to where the command runs, as a compiler prints them.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
