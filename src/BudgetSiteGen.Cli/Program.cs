using BudgetSiteGen.Cli;
using Spectre.Console;

// A defect on a thread of its own (a serve rebuild, a build worker) is reported like any other: exit 70.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    InternalError.Print(e.ExceptionObject as Exception ?? new InvalidOperationException(e.ExceptionObject.ToString()), Console.Error);
    Environment.Exit(ExitCodes.InternalError);
};

// Spectre.Console wraps at 80 columns when it cannot ask a terminal its width; a log or a pipe gets whole lines.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = int.MaxValue;
}

return BudgetSiteGenCommand.Run(BudgetSiteGenCommand.Root(), args, Console.Error);
