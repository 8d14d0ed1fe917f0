namespace BudgetSiteGen.Loading;

/// <summary>
/// A node of a parsed YAML or JSON document with its position. Both formats become the same tree,
/// so one binder turns either into the model and reports the same diagnostics for both.
/// </summary>
public abstract record DataNode(int Line, int Column)
{
    public abstract string Describe();
}
