namespace BudgetSiteGen.Model;

/// <summary>The parsed form of a printed indicator value such as "≥27人" or "16000元/人".</summary>
public sealed record IndicatorValue(Comparator Comparator, decimal Number, string Unit);
