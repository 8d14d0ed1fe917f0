using System.CommandLine;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Loading;
using Spectre.Console;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>
/// `budgetsitegen check`: load and validate everything, then audit every report's arithmetic; renders
/// nothing. Schema errors always fail; discrepancies fail only with --strict, since real reports contain
/// them and must still be published.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var format = new Option<string>("--format", "-f")
        {
            Description = "How findings are printed: text (for people) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict") { Description = "Exit with code 4 when any discrepancy is found (rounding differences never fail)." };
        var command = new Command("check", "Validate the content folder and check every arithmetic identity of every report; writes nothing.") { content, format, strict };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(strict)));
        return command;
    }

    private static int Run(DirectoryInfo content, string format, bool strict)
    {
        var result = ContentLoader.Load(content.FullName);
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.Content is null)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            Console.Error.WriteLine($"check failed: {errors} error(s).");
            return ExitCodes.ContentErrors;
        }

        var reports = Auditor.Audit(result.Content);
        if (format == "json")
        {
            FindingsPrinter.PrintJson(reports, Console.Out);
        }
        else
        {
            FindingsPrinter.PrintText(reports, Console.Out);
            AnsiConsole.MarkupLine($"[green]check passed[/]: {ContentSummary.Of(result.Content)}");
            Console.WriteLine(FindingsPrinter.Summary(reports));
        }

        return strict && reports.Any(r => r.Discrepancies > 0) ? ExitCodes.Discrepancies : ExitCodes.Success;
    }
}
