namespace BudgetSiteGen.Model;

public sealed record FundsBySource(
    decimal? Total,
    decimal? GeneralPublicBudget,
    decimal? GovernmentFund,
    decimal? StateCapital,
    decimal? SocialInsuranceFund,
    decimal? SpecialAccount,
    decimal? UnitFunds);
