namespace BudgetSiteGen.Loading;

/// <summary>
/// A leaf value kept as its source text, so that numbers reach <see cref="decimal"/> without ever
/// passing through floating point.
/// </summary>
public sealed record ScalarNode(int Line, int Column, string Text, bool IsQuoted) : DataNode(Line, Column)
{
    public bool IsNull => !IsQuoted && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "a blank (null)" : IsQuoted ? $"the text \"{Text}\"" : $"'{Text}'";
}
