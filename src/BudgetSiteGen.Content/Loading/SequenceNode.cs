namespace BudgetSiteGen.Loading;

/// <summary>A sequence (YAML) or array (JSON).</summary>
public sealed record SequenceNode(int Line, int Column, IReadOnlyList<DataNode> Items) : DataNode(Line, Column)
{
    public override string Describe() => "a list";
}
