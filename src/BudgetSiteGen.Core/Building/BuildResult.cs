using BudgetSiteGen.Diagnostics;

namespace BudgetSiteGen.Building;

/// <summary>What a build did: its diagnostics and, when it succeeded, how much it wrote.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, long Bytes);
