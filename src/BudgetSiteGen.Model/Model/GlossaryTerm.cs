namespace BudgetSiteGen.Model;

public sealed record GlossaryTerm(string Term, string Definition);
