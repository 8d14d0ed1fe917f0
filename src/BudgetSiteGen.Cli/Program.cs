using System.CommandLine;
using BudgetSiteGen.Cli;
using BudgetSiteGen.Cli.Commands;

var root = new RootCommand("BudgetSiteGen: turns department budget data into a static, searchable, accessible website.")
{
    CheckCommand.Create(),
    BuildCommand.Create(),
    MergeCommand.Create(),
    ServeCommand.Create(),
    ArchiveCommand.Create(),
};

try
{
    var parse = root.Parse(args);
    return parse.Errors.Count > 0 ? ReportUsage(parse) : parse.Invoke();
}
catch (Exception ex)
{
    // Only a defect in BudgetSiteGen reaches here; user mistakes are diagnostics.
    Console.Error.WriteLine($"internal error: {ex.Message}");
    Console.Error.WriteLine("This is a bug in BudgetSiteGen. Please report it with the command you ran.");
    Console.Error.WriteLine(ex);
    return ExitCodes.InternalError;
}

static int ReportUsage(ParseResult parse)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'budgetsitegen --help' for usage.");
    return ExitCodes.UsageError;
}
