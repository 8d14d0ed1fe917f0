namespace BudgetSiteGen.Checking;

/// <summary>One rule's findings on one report, and what it checked.</summary>
public sealed record RuleResult(IReadOnlyList<Finding> Findings, RuleCoverage Coverage);
