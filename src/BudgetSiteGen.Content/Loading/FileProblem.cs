namespace BudgetSiteGen.Loading;

/// <summary>Why a file was not read: a diagnostic code, what is wrong and what was expected, placed at the file's start.</summary>
public sealed record FileProblem(string Code, string Message, string Expected);
