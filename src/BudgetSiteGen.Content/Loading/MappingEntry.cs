namespace BudgetSiteGen.Loading;

public sealed record MappingEntry(ScalarNode Key, DataNode Value);
