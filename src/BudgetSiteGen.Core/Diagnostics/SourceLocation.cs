namespace BudgetSiteGen.Diagnostics;

/// <summary>A place in a content file. Line and column are 1-based; columns count characters, not bytes.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
