namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Every test class over a built site shares one build, one server and one browser per site. Both sites are in one
/// collection so their browser sweeps take turns instead of competing for the machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>, ICollectionFixture<PairedReportsSite>, ICollectionFixture<EnglishSite>
{
    public const string Name = "built site";
}
