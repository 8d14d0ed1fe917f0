using System.CommandLine;
using BudgetSiteGen.Cli.Commands;

namespace BudgetSiteGen.Cli;

/// <summary>
/// The budgetsitegen command: its subcommands, and the one place that turns what escapes them into an exit
/// code. Mistakes in content, options or folders are reported by the commands themselves; anything else
/// that escapes is a defect, reported as one with exit code 70.
/// </summary>
public static class BudgetSiteGenCommand
{
    public static RootCommand Root() => new("BudgetSiteGen: turns department budget data into a static, searchable, accessible website.")
    {
        CheckCommand.Create(),
        BuildCommand.Create(),
        MergeCommand.Create(),
        ServeCommand.Create(),
        ArchiveCommand.Create(),
        ImportCommand.Create(),
    };

    public static int Run(RootCommand root, string[] args, TextWriter error)
    {
        try
        {
            var parse = root.Parse(args);

            // System.CommandLine's own handler would print the exception and exit 1, the code of content errors.
            return parse.Errors.Count > 0 ? ReportUsage(parse, error) : parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            InternalError.Print(ex, error);
            return ExitCodes.InternalError;
        }
    }

    private static int ReportUsage(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
        {
            error.WriteLine($"error: {problem.Message}");
        }

        error.WriteLine("Run 'budgetsitegen --help' for usage.");
        return ExitCodes.UsageError;
    }
}
