namespace BudgetSiteGen.Indexing;

/// <summary>Receives one search token; its characters are only valid during the call.</summary>
public delegate void TokenVisitor(ReadOnlySpan<char> token);
