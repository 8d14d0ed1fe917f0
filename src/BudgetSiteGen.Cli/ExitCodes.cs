namespace BudgetSiteGen.Cli;

/// <summary>Process exit codes; documented in docs/cli.md. Scripts depend on them: never renumber.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int OutputError = 3;
    public const int Discrepancies = 4;
    public const int InternalError = 70;
}
