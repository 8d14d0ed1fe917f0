using System.Net;

namespace BudgetSiteGen.Cli;

/// <summary>
/// The HTTP server of `serve`: listens on 127.0.0.1 only and answers each request on its own task through
/// <see cref="StaticFiles"/>, so a slow or malformed request can neither hold up nor stop the others.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly TextWriter _error;
    private readonly Task _loop;

    private PreviewServer(HttpListener listener, string root, int port, TextWriter error)
    {
        _listener = listener;
        _root = root;
        _error = error;
        Port = port;
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>Serves <paramref name="root"/> on http://127.0.0.1:PORT/; throws <see cref="HttpListenerException"/> when the port is taken.</summary>
    public static PreviewServer Start(string root, int port, TextWriter error)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
        }
        catch
        {
            listener.Close();
            throw;
        }

        return new PreviewServer(listener, root, port, error);
    }

    /// <summary>Completes when the server stops.</summary>
    public Task Stopped => _loop;

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped.
                return;
            }

            _ = Task.Run(() => StaticFiles.ServeAsync(context, _root, _error));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
