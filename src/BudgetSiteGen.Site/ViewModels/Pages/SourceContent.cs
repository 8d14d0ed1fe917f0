namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>The source page: the citation and every transcription fix.</summary>
public sealed record SourceContent(IReadOnlyList<FactRow> Citation, HtmlFragment? NotesHtml, IReadOnlyList<FixRow> Fixes);
