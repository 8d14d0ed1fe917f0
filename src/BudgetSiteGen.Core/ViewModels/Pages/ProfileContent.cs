namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>第一部分 概况: duties, organisation and staffing.</summary>
public sealed record ProfileContent(string? DutiesHtml, string? OrganisationHtml, IReadOnlyList<FactRow> Staffing);
