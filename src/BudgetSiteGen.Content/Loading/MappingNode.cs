namespace BudgetSiteGen.Loading;

/// <summary>A mapping (YAML) or object (JSON): keys in document order, each with its position.</summary>
public sealed record MappingNode(int Line, int Column, IReadOnlyList<MappingEntry> Entries) : DataNode(Line, Column)
{
    public override string Describe() => "a mapping";
}
