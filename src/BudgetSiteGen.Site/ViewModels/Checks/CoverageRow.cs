namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>
/// What one rule did with the report, in words: ran (with how many comparisons), did not apply (and why) or could not
/// run (and what was missing). <see cref="StatusCss"/> lets a theme set a rule that could not run apart.
/// </summary>
public sealed record CoverageRow(string Code, string Description, string Status, string StatusCss, string Comparisons, string? Detail);
