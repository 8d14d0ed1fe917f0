using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Disclosure;

/// <summary>A site of two real reports, a budget and a final account, built once for the checklist's page tests.</summary>
public sealed class DisclosureSite : IDisposable
{
    public DisclosureSite()
    {
        Site = new ScratchSite()
            .RealReport("zezhou/dpf/2024-budget.yaml")
            .RealReport("shanghai-putuo/finance/2024-final-accounts.yaml")
            .Build();
    }

    public ScratchSite Site { get; }

    public void Dispose() => Site.Dispose();
}
