namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The department-wide performance form.</summary>
public sealed record DepartmentFormContent(
    string Title,
    IReadOnlyList<Checks.Marker> Markers,
    IReadOnlyList<FactRow> Facts,
    string Unit,
    IReadOnlyList<FactRow> FundsBySource,
    IReadOnlyList<FactRow> FundsByUse,
    IReadOnlyList<FactRow> KeyTasks,
    IReadOnlyList<LabelledText> Texts,
    IReadOnlyList<IndicatorTable> Indicators,
    LinkItem Index);
