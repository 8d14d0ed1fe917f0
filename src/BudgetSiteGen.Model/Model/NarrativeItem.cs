namespace BudgetSiteGen.Model;

/// <summary>One numbered item of 情况说明, with a stable id used in URLs and in findings.</summary>
public sealed record NarrativeItem(string Id, string? Number, string Title, string Body);
