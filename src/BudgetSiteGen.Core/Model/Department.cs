namespace BudgetSiteGen.Model;

/// <summary>The department that published the report. <see cref="Slug"/> names it in URLs within its jurisdiction.</summary>
public sealed record Department(string Code, string Name, string KindId, string Slug);
