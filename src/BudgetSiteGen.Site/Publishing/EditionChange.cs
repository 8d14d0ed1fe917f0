using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>One figure or text that differs between two editions: where, and its old and new value, in words a page says in its language.</summary>
public sealed record EditionChange(Phrase Where, Phrase Old, Phrase New);
