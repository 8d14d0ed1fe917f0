using BudgetSiteGen.Building;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Tests.Support;

/// <summary>What `check` and `build` report for one content folder, run in-process as the commands run them.</summary>
public static class CheckAndBuild
{
    /// <summary>`check`: load and validate, then audit what loaded.</summary>
    public static LoadResult Check(string content)
    {
        var result = ContentLoader.Load(content);
        if (result.Content is { } loaded)
        {
            Auditor.Audit(loaded);
        }

        return result;
    }

    /// <summary>`build` into a fresh folder beside the content, without a cache.</summary>
    public static BuildResult Build(string content)
    {
        var output = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(content))!, "output-" + Guid.NewGuid().ToString("N"));
        return SiteBuilder.Build(new BuildOptions(content, output, Repository.Themes), SilentProgress.Instance);
    }

    /// <summary>Diagnostics as comparable lines: place, code, severity and message.</summary>
    public static List<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Location} {d.Severity} {d.Code} {d.Message}").ToList();

    /// <summary>Runs both on the folder, asserts that they report the same, and returns what they report.</summary>
    public static IReadOnlyList<Diagnostic> Agreeing(string content)
    {
        var check = Check(content);
        var build = Build(content);
        Assert.Equal(Lines(check.Diagnostics), Lines(build.Diagnostics));
        Assert.Equal(check.Content is not null, build.Succeeded);
        return check.Diagnostics;
    }
}
