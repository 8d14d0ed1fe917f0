using System.Net;

namespace BudgetSiteGen.Cli;

/// <summary>Serves files of the built site for the local preview, as a static host would.</summary>
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

    public static async Task ServeAsync(HttpListenerContext context, string root)
    {
        var response = context.Response;
        try
        {
            var path = Resolve(root, Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/"));
            var status = 200;
            if (path is null)
            {
                status = 404;
                path = Path.Combine(root, "404.html");
            }

            response.StatusCode = status;
            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            if (File.Exists(path))
            {
                var bytes = await File.ReadAllBytesAsync(path);
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }
        }
        catch (IOException)
        {
            response.StatusCode = 503;
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The file for a URL path, or null; a folder means its index.html, and nothing outside the root is served.</summary>
    private static string? Resolve(string root, string urlPath)
    {
        var full = Path.GetFullPath(Path.Combine(root, urlPath.TrimStart('/')));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
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
