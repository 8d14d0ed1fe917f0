namespace BudgetSiteGen.Model;

public sealed record KeyTask(string Function, string Task);
