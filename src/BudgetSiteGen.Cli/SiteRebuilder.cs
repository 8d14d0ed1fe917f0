using System.Globalization;
using BudgetSiteGen.Building;

namespace BudgetSiteGen.Cli;

/// <summary>
/// Runs the builds of `serve`, one at a time, and survives every one of them: a build that fails, on
/// content errors or on any exception, prints why and leaves the previous site in the output, still served.
/// </summary>
public sealed class SiteRebuilder(Func<BuildResult> build, TextWriter output, TextWriter error)
{
    private readonly Lock _gate = new();

    /// <summary>Raised after every build, with whether it succeeded.</summary>
    public event Action<bool>? Finished;

    /// <summary>Builds now; the result, or null when the build threw.</summary>
    public BuildResult? Rebuild()
    {
        BuildResult? result = null;
        lock (_gate)
        {
            try
            {
                result = build();
                DiagnosticPrinter.Print(result.Diagnostics, error);
                output.WriteLine(result switch
                {
                    { UpToDate: true } => $"{Now()} up to date.",
                    { Succeeded: true } => $"{Now()} built {result.Pages} pages.",
                    _ => $"{Now()} build failed; still serving the previous site.",
                });
            }
            catch (Exception e)
            {
                InternalError.Print(e, error);
                output.WriteLine($"{Now()} build stopped by an internal error; still serving the previous site.");
            }
        }

        Finished?.Invoke(result?.Succeeded == true);
        return result;
    }

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
