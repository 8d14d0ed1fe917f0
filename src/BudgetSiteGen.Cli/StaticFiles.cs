using System.Net;
using System.Text;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Cli;

/// <summary>
/// Answers one request of the local preview as a static host would: a file of the site, a folder's
/// index.html (redirecting to the folder's address with its slash, so relative links resolve), the site's
/// 404 page, 400 for a malformed request and 405 for anything but GET and HEAD. Nothing outside the site's
/// folder is ever read: the decoded path is resolved, links included, and must lie inside it.
/// </summary>
public static class StaticFiles
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".zip"] = "application/zip",
    };

    /// <summary>Answers the request; never throws, so one bad request cannot stop the server.</summary>
    public static async Task ServeAsync(HttpListenerContext context, string root, TextWriter error)
    {
        var response = context.Response;
        try
        {
            await AnswerAsync(context.Request, response, root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file went away while being read: a rebuild swapped the site.
            TrySetStatus(response, 503);
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error while serving {context.Request.RawUrl}: {e}");
            TrySetStatus(response, 500);
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The client has gone.
            }
        }
    }

    private static async Task AnswerAsync(HttpListenerRequest request, HttpListenerResponse response, string root)
    {
        if (request.HttpMethod is not ("GET" or "HEAD"))
        {
            response.AddHeader("Allow", "GET, HEAD");
            await WriteAsync(response, 405, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("405 method not allowed\n"), request.HttpMethod == "HEAD");
            return;
        }

        var head = request.HttpMethod == "HEAD";
        var segments = RequestPath.Parse(request.RawUrl);
        if (segments is null)
        {
            await WriteAsync(response, 400, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("400 bad request\n"), head);
            return;
        }

        var site = CanonicalPath.Of(root);
        var path = CanonicalPath.Of(Path.Join(site, string.Join(Path.DirectorySeparatorChar, segments)));
        if (!CanonicalPath.IsSameOrInside(path, site))
        {
            await NotFoundAsync(response, site, head);
            return;
        }

        if (Directory.Exists(path))
        {
            var raw = request.RawUrl!;
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            var address = query < 0 ? raw : raw[..query];
            if (!address.EndsWith('/'))
            {
                response.RedirectLocation = address + "/" + (query < 0 ? string.Empty : raw[query..]);
                await WriteAsync(response, 301, "text/plain; charset=utf-8", [], head);
                return;
            }

            path = Path.Combine(path, "index.html");
        }

        if (!File.Exists(path))
        {
            await NotFoundAsync(response, site, head);
            return;
        }

        await WriteAsync(response, 200, TypeOf(path), await File.ReadAllBytesAsync(path), head);
    }

    private static async Task NotFoundAsync(HttpListenerResponse response, string site, bool head)
    {
        var page = Path.Combine(site, "404.html");
        var body = File.Exists(page) ? await File.ReadAllBytesAsync(page) : Encoding.UTF8.GetBytes("404 not found\n");
        await WriteAsync(response, 404, File.Exists(page) ? TypeOf(page) : "text/plain; charset=utf-8", body, head);
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        if (!head)
        {
            await response.OutputStream.WriteAsync(body);
        }
    }

    private static string TypeOf(string path) => Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");

    private static void TrySetStatus(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
        }
        catch (InvalidOperationException)
        {
            // Headers were already sent; closing the connection is all that is left.
        }
    }
}
