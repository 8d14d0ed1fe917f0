namespace BudgetSiteGen.Tests.Indexing;

/// <summary>Shares one <see cref="SyntheticPortal"/> among the test classes that read it.</summary>
[CollectionDefinition(SyntheticPortal.Name)]
public sealed class SyntheticPortalCollection : ICollectionFixture<SyntheticPortal>;
