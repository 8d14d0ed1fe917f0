namespace BudgetSiteGen.Model;

/// <summary>第一部分 概况: duties and organisation as Markdown, and staffing.</summary>
public sealed record Overview(string? Duties, string? Organisation, Staffing? Staffing);
