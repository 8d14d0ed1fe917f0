namespace BudgetSiteGen.Model;

public sealed record SiteSettings(string Title, string? Description, string Language, string Theme, string? BaseUrl, SiteRegistration? Registration = null);
