namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// A same-site URL resolved against the file it appears in: the file it leads to ('/'-separated, from
/// the site root) and its fragment (null when there is no '#'), or why it cannot lead anywhere.
/// </summary>
public sealed record SiteLink(string? Target, string? Fragment, string? Problem)
{
    public static SiteLink Resolve(string outputFolder, string fromFile, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = Uri.UnescapeDataString(query < 0 ? path : path[..query]);
        if (path.Length == 0)
        {
            return new SiteLink(fromFile, fragment, null);
        }

        // The site promises relative links only (SitePaths), so it works from a folder or file:// too.
        if (path.StartsWith('/'))
        {
            return new SiteLink(null, fragment, "is root-absolute, so it breaks when the site is opened from a folder or served below the domain root");
        }

        var segments = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return new SiteLink(null, fragment, "leads above the site root");
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        var target = string.Join('/', segments);
        if (path.EndsWith('/') || target.Length == 0 || Directory.Exists(Path.Combine(outputFolder, target)))
        {
            target = target.Length == 0 ? "index.html" : target + "/index.html";
        }

        return File.Exists(Path.Combine(outputFolder, target))
            ? new SiteLink(target, fragment, null)
            : new SiteLink(null, fragment, $"leads to {target}, which is not in the output");
    }
}
