using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Loading;

/// <summary>The outcome of loading a content folder: the content (null when any error was found) and all diagnostics.</summary>
public sealed record LoadResult(ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Content is not null;
}
