using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Building;

/// <summary>What a build did: its diagnostics and, when it succeeded, how much it wrote and how much it could reuse.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, long Bytes)
{
    /// <summary>Nothing had changed since the last build into the same output, which was left as it was.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Departments rendered, and departments whose pages were taken unchanged from the previous build.</summary>
    public int Rendered { get; init; }

    public int Reused { get; init; }

    /// <summary>For a build that updated its output in place: files written (new or changed) and files removed.</summary>
    public (int Written, int Removed)? Updated { get; init; }

    /// <summary>The search index was updated where rebuilt departments changed it, not indexed again from the start.</summary>
    public bool SearchIndexUpdated { get; init; }
}
