using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Building;

/// <summary>What a build did: its diagnostics and, when it succeeded, how much it wrote and how much it could reuse.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, long Bytes)
{
    public static BuildResult RefusedFor(Diagnostic refusal) => new(false, [refusal], 0, 0, 0) { Refused = true };

    public static BuildResult FailedWith(Diagnostic error) => new(false, [error], 0, 0, 0);

    /// <summary>Nothing had changed since the last build into the same output, which was left as it was.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Departments rendered, and departments whose pages were taken unchanged from the previous build.</summary>
    public int Rendered { get; init; }

    public int Reused { get; init; }

    /// <summary>For a build that updated its output in place: files written (new or changed) and files removed.</summary>
    public (int Written, int Removed)? Updated { get; init; }

    /// <summary>The output folder was refused before anything was read or written (see <see cref="OutputFolderGuard"/>).</summary>
    public bool Refused { get; init; }

    /// <summary>The search index was updated where rebuilt departments changed it, not indexed again from the start.</summary>
    public bool SearchIndexUpdated { get; init; }

    /// <summary>How many times the search index set its postings aside on disk (the root language's index).</summary>
    public int SearchSpills { get; init; }
}
