using System.Net;
using BudgetSiteGen.Cli;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>
/// A small site served by the preview server the way `serve -o site` serves it, with secrets where an
/// escaping request would find them: beside the site, in a sibling folder whose name starts with the site's
/// ("site-old"), and behind a link inside the site that points out of it.
/// </summary>
public sealed class ServedFolder : IAsyncLifetime
{
    public const string Secret = "secret-not-for-the-web";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bsg-serve-" + Guid.NewGuid().ToString("N"));

    public string Site => Path.Combine(Root, "site");

    public PreviewServer Server { get; private set; } = null!;

    public StringWriter Errors { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Site, "sub"));
        Directory.CreateDirectory(Path.Combine(Root, "site-old"));
        await File.WriteAllTextAsync(Path.Combine(Site, "index.html"), "<h1>home</h1>");
        await File.WriteAllTextAsync(Path.Combine(Site, "sub", "index.html"), "<h1>sub</h1>");
        await File.WriteAllTextAsync(Path.Combine(Site, "404.html"), "<h1>not here</h1>");
        await File.WriteAllTextAsync(Path.Combine(Root, "secret.txt"), Secret);
        await File.WriteAllTextAsync(Path.Combine(Root, "site-old", "secret.txt"), Secret);
        Directory.CreateSymbolicLink(Path.Combine(Site, "link"), Path.Combine(Root, "site-old"));
        Server = Start();
    }

    private PreviewServer Start()
    {
        // A port found free can be taken before the server binds it; try a few.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return PreviewServer.Start(Site, FreePort.Find(), Errors);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
