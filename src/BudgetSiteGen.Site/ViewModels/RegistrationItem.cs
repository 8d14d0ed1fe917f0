namespace BudgetSiteGen.ViewModels;

/// <summary>One line of the registration footer: a label, the number as written, and the record page it links to, if any.</summary>
public sealed record RegistrationItem(string Label, string Text, string? Href);
