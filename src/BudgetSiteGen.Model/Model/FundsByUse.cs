namespace BudgetSiteGen.Model;

public sealed record FundsByUse(decimal? Total, decimal? Basic, decimal? Project);
