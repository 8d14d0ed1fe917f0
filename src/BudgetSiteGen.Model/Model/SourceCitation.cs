namespace BudgetSiteGen.Model;

/// <summary>The published document the data was transcribed from; <see cref="Sha256"/> identifies the exact file.</summary>
public sealed record SourceCitation(string Title, string Publisher, string? Url, DateOnly? Published, string? Document, string? Notes)
{
    public string? Sha256 { get; init; }
}
