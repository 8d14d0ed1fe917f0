namespace BudgetSiteGen.SiteTests.Support;

/// <summary>What one run of the budgetsitegen command did: its exit code and everything it printed.</summary>
public sealed record CliRun(int ExitCode, string StdOut, string StdErr);
