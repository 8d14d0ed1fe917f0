namespace BudgetSiteGen.ViewModels.Comparison;

public sealed record MetricGroup(string Title, IReadOnlyList<Metric> Metrics);
