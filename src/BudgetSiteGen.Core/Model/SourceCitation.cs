namespace BudgetSiteGen.Model;

/// <summary>The published document the data was transcribed from.</summary>
public sealed record SourceCitation(string Title, string Publisher, string? Url, DateOnly? Published, string? Document, string? Notes);
