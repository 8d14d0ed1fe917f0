using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BudgetSiteGen.Building;
using Spectre.Console;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>`budgetsitegen build`: the whole site (or one shard of it) from the content folder, swapped into place only on success.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var themes = CommonOptions.Themes();
        var shard = new Option<string?>("--shard")
        {
            Description = "Build only part K of N of the site (\"K/N\") into the output folder, to be joined by `merge`.",
        };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !ShardSpec.TryParse(text, out _))
            {
                result.AddError($"--shard expects K/N with 1 ≤ K ≤ N, such as 2/3; got '{text}'.");
            }
        });
        var only = new Option<string?>("--only")
        {
            Description = "Render only these pages: \"tables\" (the table pages of every report; for previews and benchmarks).",
        };
        only.AcceptOnlyFromAmong("tables");
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Render every department again instead of reusing the unchanged ones from the previous build.",
        };
        var command = new Command("build", "Build the static site from the content folder into the output folder.") { content, output, themes, shard, only, noCache };
        command.SetAction(parse =>
        {
            var options = CommonOptions.Build(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(themes));
            ShardSpec.TryParse(parse.GetValue(shard) ?? string.Empty, out var spec);
            var selection = parse.GetValue(only) == "tables" ? PageSelection.Tables : PageSelection.All;
            return Run(options with
            {
                Shard = spec,
                Selection = selection,
                CacheFolder = parse.GetValue(noCache) || spec is not null || selection != PageSelection.All ? null : CacheFolderFor(options.OutputFolder),
            });
        });
        return command;
    }

    /// <summary>
    /// The cache lives beside the output (".output.cache" for "output"), so each output has its own; a root
    /// folder has nothing beside it, and is refused as an output anyway.
    /// </summary>
    public static string? CacheFolderFor(string outputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.GetDirectoryName(full) is { } parent ? Path.Combine(parent, "." + Path.GetFileName(full) + ".cache") : null;
    }

    private static int Run(BuildOptions options) => Report(options.OutputFolder, () => SiteBuilder.Build(options, SilentProgress.Instance), progress => SiteBuilder.Build(options, progress));

    /// <summary>Runs a build or merge with a progress display, prints its diagnostics and outcome, and chooses the exit code.</summary>
    public static int Report(string output, Func<BuildResult> quiet, Func<IBuildProgress, BuildResult> withProgress)
    {
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = RunWithProgress(quiet, withProgress);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: the output could not be written: {ex.Message}");
            Console.Error.WriteLine($"The previous contents of {output} are unchanged.");
            return ExitCodes.OutputError;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"error: the output could not be written: {ex.Message}");
            return ExitCodes.OutputError;
        }

        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.Refused)
        {
            Console.Error.WriteLine($"refused: nothing was written to {output}.");
            return ExitCodes.OutputError;
        }

        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            Console.Error.WriteLine($"build failed: {errors} error(s); {output} was left as it was.");
            return ExitCodes.ContentErrors;
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.UpToDate)
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]up to date[/]: nothing changed since the last build ({seconds} s) → {Markup.Escape(output)}"));
            return ExitCodes.Success;
        }

        if (result.Updated is var (written, removed))
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[green]updated[/] {result.Pages} pages, {result.Files} files: {written} written, {removed} removed in {seconds} s (departments: {result.Rendered} rendered, {result.Reused} unchanged) → {Markup.Escape(output)}"));
            return ExitCodes.Success;
        }

        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]built[/] {result.Pages} pages, {result.Files} files, {result.Bytes:N0} bytes in {seconds} s → {Markup.Escape(output)}"));
        return ExitCodes.Success;
    }

    private static BuildResult RunWithProgress(Func<BuildResult> quiet, Func<IBuildProgress, BuildResult> withProgress)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return quiet();
        }

        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(context => result = withProgress(new SpectreProgress(context)));
        return result!;
    }
}
