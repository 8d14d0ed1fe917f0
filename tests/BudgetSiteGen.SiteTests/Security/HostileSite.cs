using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Security;

/// <summary>The site built from <see cref="HostileContent"/>, once for the tests that attack it.</summary>
public sealed class HostileSite : IAsyncLifetime
{
    private ScratchSite? _site;

    public ScratchSite Site => _site ?? throw new InvalidOperationException("the hostile site is not built yet");

    public Task InitializeAsync()
    {
        _site = ScratchSite.Build("hostile", (content, _) => HostileContent.Write(content));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
