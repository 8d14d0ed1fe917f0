namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>
/// What the numbered markers beside figures mean, said once on each page that has them: a marker's own
/// meaning is in its link text for screen readers, but a touch screen shows no tooltip, so the page says it.
/// </summary>
public sealed record MarkerLegend(string Intro, string Discrepancy, string Rounding, LinkItem Checks);
