namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>One item of 情况说明, or a pointer to the page where it is shown in full.</summary>
public sealed record NarrativeSection(string Id, string Heading, HtmlFragment? BodyHtml, LinkItem? SeeAlso, IReadOnlyList<Checks.Marker> Markers);
