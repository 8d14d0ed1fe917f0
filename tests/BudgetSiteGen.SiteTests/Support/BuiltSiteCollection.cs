namespace BudgetSiteGen.SiteTests.Support;

/// <summary>Every test class over the built site shares one build, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
