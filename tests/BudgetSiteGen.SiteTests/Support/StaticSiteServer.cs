using System.Net;
using System.Net.Sockets;

namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Serves a folder over HTTP on 127.0.0.1, as a plain static host would: a folder URL serves its
/// index.html, anything else missing is a 404. Pages are tested over HTTP rather than file:// because
/// that is how readers get them, and because file:// would hide broken Content-Types and absolute paths.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private StaticSiteServer(string root, HttpListener listener, int port)
    {
        _root = Path.GetFullPath(root);
        _listener = listener;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public static StaticSiteServer Start(string root)
    {
        // A port probed free can be taken before HttpListener binds it, so try a few.
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(root, listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The URL of a file given by its '/'-separated path relative to the site root.</summary>
    public Uri UrlOf(string relativePath) =>
        new(BaseUrl, string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)));

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = FileFor(context.Request.Url!.AbsolutePath);
            if (path is null || context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
                return;
            }

            var bytes = File.ReadAllBytes(path);
            response.StatusCode = (int)HttpStatusCode.OK;
            response.ContentType = ContentTypes.For(path);
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod == "GET")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // The browser went away mid-response or the file vanished; either way there is nothing to send.
        }
    }

    /// <summary>The file a URL path names, or null when there is none or the path leaves the root.</summary>
    private string? FileFor(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
