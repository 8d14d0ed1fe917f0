using BudgetSiteGen.Rendering;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// What every build and merge does around its work: refuse an output folder it must not replace, clean up
/// after builds that were killed, and report a template that fails while rendering as a mistake in the theme.
/// </summary>
public static class GuardedBuild
{
    public static BuildResult Run(string outputFolder, IEnumerable<KeptFolder> kept, Func<BuildResult> build)
    {
        if (OutputFolderGuard.Site.Check(outputFolder, kept) is { } refusal)
        {
            return BuildResult.RefusedFor(refusal);
        }

        // First, so that a site a killed build set aside is back even if this build fails early.
        StagingFolders.RemoveStale(outputFolder);
        try
        {
            return build();
        }
        catch (TemplateFailedException e)
        {
            return BuildResult.FailedWith(e.ToDiagnostic());
        }
    }
}
