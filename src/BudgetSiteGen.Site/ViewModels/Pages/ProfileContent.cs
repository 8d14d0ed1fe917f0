namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>第一部分 概况: duties, organisation, staffing and the units the report covers.</summary>
public sealed record ProfileContent(HtmlFragment? DutiesHtml, HtmlFragment? OrganisationHtml, IReadOnlyList<FactRow> Staffing)
{
    /// <summary>所属单位 (部门决算单位构成), where the report lists them.</summary>
    public IReadOnlyList<UnitRow> Units { get; init; } = [];
}
