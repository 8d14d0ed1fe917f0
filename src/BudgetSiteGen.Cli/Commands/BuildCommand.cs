using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BudgetSiteGen.Building;
using Spectre.Console;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>`budgetsitegen build`: the whole site from the content folder, swapped into place only on success.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var themes = CommonOptions.Themes();
        var command = new Command("build", "Build the static site from the content folder into the output folder.") { content, output, themes };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(themes)));
        return command;
    }

    private static int Run(DirectoryInfo content, DirectoryInfo output, DirectoryInfo? themes)
    {
        var options = CommonOptions.Build(content, output, themes);
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = RunWithProgress(options);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: the output could not be written: {ex.Message}");
            Console.Error.WriteLine($"The previous contents of {output.FullName} are unchanged.");
            return ExitCodes.OutputError;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"error: the output could not be written: {ex.Message}");
            return ExitCodes.OutputError;
        }

        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            Console.Error.WriteLine($"build failed: {errors} error(s); {output.FullName} was left as it was.");
            return ExitCodes.ContentErrors;
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]built[/] {result.Pages} pages, {result.Files} files, {result.Bytes:N0} bytes in {seconds} s → {Markup.Escape(output.FullName)}"));
        return ExitCodes.Success;
    }

    private static BuildResult RunWithProgress(BuildOptions options)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return SiteBuilder.Build(options, SilentProgress.Instance);
        }

        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(context => result = SiteBuilder.Build(options, new SpectreProgress(context)));
        return result!;
    }
}
