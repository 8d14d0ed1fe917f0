namespace BudgetSiteGen.ViewModels.DisclosurePages;

/// <summary>One line of evidence, linked to the table or section it cites when it cites one.</summary>
public sealed record EvidenceLine(string Text, string? Href);
