namespace BudgetSiteGen.Cli;

/// <summary>
/// How a defect in BudgetSiteGen is reported: a short message that says it is a bug and how to report it,
/// then the exception with its stack trace, all on standard error so that it is in any CI log. Mistakes in
/// content never come here; they are diagnostics without a stack trace.
/// </summary>
public static class InternalError
{
    public static void Print(Exception exception, TextWriter error)
    {
        error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
        error.WriteLine("This is a bug in BudgetSiteGen, not a mistake in your content or command.");
        error.WriteLine($"Please report it to the BudgetSiteGen maintainers with the command you ran, the version ({Building.ProgramVersion.Full}) and the details below.");
        error.WriteLine("details:");
        error.WriteLine(exception.ToString());
    }
}
