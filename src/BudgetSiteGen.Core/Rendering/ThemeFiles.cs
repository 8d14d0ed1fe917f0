using System.Reflection;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// Finds a theme file by the documented lookup order: the site's own overrides
/// (content/theme-overrides/), then the chosen theme (themes/NAME/), then the default theme built
/// into BudgetSiteGen. A site can therefore change one template or string without copying the rest.
/// </summary>
public sealed class ThemeFiles
{
    private const string EmbeddedPrefix = "theme/";
    private static readonly Assembly Self = typeof(ThemeFiles).Assembly;
    private static readonly HashSet<string> Embedded = Self.GetManifestResourceNames()
        .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .Select(name => name[EmbeddedPrefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    private readonly IReadOnlyList<string> _folders;

    public ThemeFiles(IEnumerable<string> folders)
    {
        _folders = folders.Where(Directory.Exists).ToList();
    }

    public IReadOnlyList<string> Folders => _folders;

    public string? ReadText(string relativePath)
    {
        var bytes = ReadBytes(relativePath);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }

    public byte[]? ReadBytes(string relativePath)
    {
        foreach (var folder in _folders)
        {
            var path = Path.Combine(folder, relativePath);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        if (!Embedded.Contains(relativePath))
        {
            return null;
        }

        using var stream = Self.GetManifestResourceStream(EmbeddedPrefix + relativePath)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>A SHA-256 over every file the theme is made of, as resolved through the layers: it changes when any of them does.</summary>
    public string Fingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var path in new[] { "layouts", "pages", "partials", "strings", "assets" }.SelectMany(List))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(ReadBytes(path)!);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Every file under <paramref name="folder"/> in any layer, as relative paths in ordinal order.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in _folders)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                names.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        foreach (var name in Embedded.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            names.Add(name);
        }

        return names.ToList();
    }
}
