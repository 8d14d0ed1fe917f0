namespace BudgetSiteGen.Indexing;

/// <summary>A search document with the score of each of its tokens, ready to be added to the index.</summary>
public sealed record ScoredDocument(SearchDocument Document, IReadOnlyList<(string Token, int Score)> Tokens);
