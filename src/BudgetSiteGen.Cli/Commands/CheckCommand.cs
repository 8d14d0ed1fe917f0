using System.CommandLine;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Rendering;
using BudgetSiteGen.ViewModels;
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
        var files = new Option<FileInfo[]>("--file")
        {
            Description = "Report only these report files' problems and findings (the rest of the content is still loaded, for checks across reports).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "Validate the content folder and check every arithmetic identity of every report; writes nothing.") { content, format, strict, files };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(strict), parse.GetValue(files) is { Length: > 0 } named ? FileSelection.Of(named) : FileSelection.Everything));
        return command;
    }

    private static int Run(DirectoryInfo content, string format, bool strict, FileSelection selection)
    {
        var result = ContentLoader.Load(content.FullName);
        var shown = result.Diagnostics.Where(d => selection.Includes(d.Location.File)).ToList();
        DiagnosticPrinter.Print(shown, Console.Error);
        if (result.Content is null)
        {
            var errors = shown.Count(d => d.Severity == Diagnostics.Severity.Error);
            var elsewhere = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error) - errors;
            Console.Error.WriteLine(elsewhere > 0 ? $"check failed: {errors} error(s), and {elsewhere} in other files." : $"check failed: {errors} error(s).");
            return ExitCodes.ContentErrors;
        }

        var unknown = selection.Paths.Where(path => !result.Content.DepartmentYears.Any(y => Path.GetFullPath(y.SourceFile) == path)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"check: not a report of the content folder: {string.Join(", ", unknown.Select(DiagnosticPrinter.Escape))}");
            return ExitCodes.UsageError;
        }

        // Every report is audited, so that checks across reports see them all; only the selected ones are printed.
        var reports = Auditor.Audit(result.Content).Where(r => selection.Includes(r.Year.SourceFile)).OrderBy(r => r.Year.SourceFile, StringComparer.Ordinal).ToList();
        // Findings are said in the site's first language, with the strings of its theme (or of the default theme).
        var site = result.Content.Site;
        var language = site.Languages[0];
        var themes = DefaultThemes.For(content);
        var strings = ThemeLoader.LoadStrings(ThemeLoader.Files(content.FullName, themes, site.Theme), language, new DiagnosticBag(), null)
            ?? ThemeLoader.LoadStrings(ThemeLoader.Files(content.FullName, themes, "default"), language, new DiagnosticBag(), null)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new UiText(strings);
        if (format == "json")
        {
            FindingsPrinter.PrintJson(reports, text, Console.Out);
        }
        else
        {
            FindingsPrinter.PrintText(reports, text, Console.Out);
            AnsiConsole.MarkupLine($"[green]check passed[/]: {ContentSummary.Of(result.Content)}");
            Console.WriteLine(FindingsPrinter.Summary(reports));
        }

        return strict && reports.Any(r => r.Discrepancies > 0) ? ExitCodes.Discrepancies : ExitCodes.Success;
    }
}
