namespace BudgetSiteGen.Model.Layouts;

/// <summary>
/// What a printed header means: a column header (with the spanning headers above it, when they matter) or a row
/// name, and the role and item it stands for.
/// </summary>
public sealed record HeaderMeaning(string Label, IReadOnlyList<string> Groups, FigureRole Role, string RoleName, FigureRole Item)
{
    /// <summary>Whether a printed column matches: same label, and the same spanning headers when this meaning names any.</summary>
    public bool Matches(string label, IReadOnlyList<string> groups) =>
        HeaderText.Same(Label, label) && (Groups.Count == 0 || Groups.SequenceEqual(groups, HeaderText.Comparer));
}
