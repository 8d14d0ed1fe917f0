namespace BudgetSiteGen.Loading;

/// <summary>
/// A content file's bytes decoded: its text and where the text starts in the bytes (3 past a byte order mark),
/// or why the bytes are not text and at which line and column.
/// </summary>
public sealed record DecodedText(string? Text, int Start, FileProblem? Problem, int Line = 1, int Column = 1);
