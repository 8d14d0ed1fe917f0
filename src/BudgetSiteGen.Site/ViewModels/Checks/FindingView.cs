namespace BudgetSiteGen.ViewModels.Checks;

/// <summary>One finding as a reader sees it: what rule, where (linked to the exact cell or indicator), and what is wrong.</summary>
public sealed record FindingView(string Id, string Number, string KindLabel, bool IsRounding, string Where, string Href, string Message, IReadOnlyList<LinkItem> Also);
