namespace BudgetSiteGen.Model;

/// <summary>An administrative division, identified by its six-digit code.</summary>
public sealed record Jurisdiction(string Code, string Name, JurisdictionLevel Level, string? ParentCode, string Slug);
