using System.Diagnostics;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Runs the real budgetsitegen command as a user or CI script would, from the budgetsitegen.dll that
/// the project reference copies next to the tests, so exit codes are tested end to end.
/// </summary>
public static class BudgetSiteGenCli
{
    public static CliRun Invoke(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budgetsitegen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
