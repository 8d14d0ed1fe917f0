using Microsoft.Playwright;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Launches Debian's Chromium through Playwright. Playwright's own browser download cannot be used
/// here (no network), so the browser comes from tests/install-test-dependencies.sh; the flags keep it
/// from reaching out to Google's services, which would hang or fail offline.
/// </summary>
public static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. "
                + "Run `bash tests/install-test-dependencies.sh` as root (it installs Debian's chromium package).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }
}
