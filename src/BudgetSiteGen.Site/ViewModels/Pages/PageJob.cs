namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>A page ready to render: where it goes, which template lays it out, and its model.</summary>
public sealed record PageJob(string Path, string Template, PageModel Model);
