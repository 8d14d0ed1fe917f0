namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A project's performance card: facts, funds by source, texts, goals and both indicator tables.</summary>
public sealed record CardContent(
    string Name,
    IReadOnlyList<FactRow> Facts,
    IReadOnlyList<FundsRow> Funds,
    IReadOnlyList<Checks.Marker> FundsMarkers,
    IReadOnlyList<LabelledText> Texts,
    HtmlFragment? PeriodGoalHtml,
    HtmlFragment? YearGoalHtml,
    IReadOnlyList<IndicatorTable> Indicators,
    LinkItem Index);
