namespace BudgetSiteGen.Model;

/// <summary>A label column at the left of a table (科目编码, 科目名称 …).</summary>
public sealed record StubColumn(string Label, StubField Field, IReadOnlyList<string> Groups);
