namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>The 数据核对 page of a department-year.</summary>
public sealed record ChecksContent(string Summary, IReadOnlyList<RuleGroupView> Discrepancies, IReadOnlyList<RuleGroupView> Roundings, string RulesCount);
