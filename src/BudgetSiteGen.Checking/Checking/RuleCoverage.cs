using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// What one rule did with one report: its status, how many comparisons it made, and in words why it did not apply
/// or what it could not check (even when it ran, some of its comparisons may have lacked a figure).
/// </summary>
public sealed record RuleCoverage(string RuleCode, RuleStatus Status, int Comparisons, Phrase? Reason, IReadOnlyList<Phrase> NotChecked);
