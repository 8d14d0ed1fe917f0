namespace BudgetSiteGen.Model;

/// <summary>
/// The department that published the report. <see cref="Slug"/> names it in URLs within its jurisdiction.
/// <see cref="Code"/> is the printed department code, which not every province prints.
/// </summary>
public sealed record Department(string? Code, string Name, string KindId, string Slug)
{
    /// <summary>Whether the slug was written in the file, or defaulted to the kind id.</summary>
    public bool SlugGiven { get; init; } = true;
}
