using System.CommandLine;
using BudgetSiteGen.Loading;
using Spectre.Console;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>`budgetsitegen check`: load and validate everything, render nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var command = new Command("check", "Load and validate the content folder and report every problem; writes nothing.") { content };
        command.SetAction(parse => Run(parse.GetValue(content)!));
        return command;
    }

    private static int Run(DirectoryInfo content)
    {
        var result = ContentLoader.Load(content.FullName);
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.Content is null)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            Console.Error.WriteLine($"check failed: {errors} error(s).");
            return ExitCodes.ContentErrors;
        }

        var summary = ContentSummary.Of(result.Content);
        AnsiConsole.MarkupLine($"[green]check passed[/]: {summary}");
        return ExitCodes.Success;
    }
}
