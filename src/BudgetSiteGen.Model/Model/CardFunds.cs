namespace BudgetSiteGen.Model;

/// <summary>A card's funds by source, in 元. Null where the form leaves the cell blank.</summary>
public sealed record CardFunds(decimal? Total, decimal? Central, decimal? Provincial, decimal? Local, decimal? SelfRaised, decimal? Other);
