namespace BudgetSiteGen.ViewModels.Charts;

/// <summary>One bar with its geometry in SVG user units; the template only draws what is computed here.</summary>
public sealed record ChartBar(string Label, string ValueText, string ShareText, int LabelY, int BarY, int BarWidth, int ValueX);
