namespace BudgetSiteGen.Model;

/// <summary>
/// One performance indicator: 一级指标 → 二级指标 → 三级指标 and the value as printed.
/// <see cref="Parsed"/> is set when the value reads as comparator, number and unit.
/// </summary>
public sealed record Indicator(string Level1, string Level2, string Name, string Value, IndicatorValue? Parsed);
