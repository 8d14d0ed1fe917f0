using System.Diagnostics;

namespace BudgetSiteGen.Tests.Support;

/// <summary>Runs the real budgetsitegen command, as a user would, and captures what it prints.</summary>
public static class Cli
{
    public sealed record Run(int ExitCode, string StdOut, string StdErr);

    public static Run Invoke(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the command and returns at once, its output redirected, for tests that stop or talk to it.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budgetsitegen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
