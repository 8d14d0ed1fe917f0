namespace BudgetSiteGen.ViewModels.Checks;

public sealed record RuleGroupView(string Code, string Description, IReadOnlyList<FindingView> Findings);
