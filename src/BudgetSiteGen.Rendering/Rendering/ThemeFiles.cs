using System.Collections.Concurrent;
using System.Reflection;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// Finds a theme file by the documented lookup order: the site's own overrides
/// (content/theme-overrides/), then the chosen theme (themes/NAME/), then the default theme built
/// into BudgetSiteGen. A site can therefore change one template or string without copying the rest.
/// A symbolic link leading out of its layer's folder is not followed, and a FIFO, device or socket is not
/// read: either would publish or hang on something that is not the theme. Such files are kept in
/// <see cref="Problems"/>, which the theme loader reports.
/// </summary>
public sealed class ThemeFiles
{
    private const string EmbeddedPrefix = "theme/";
    private static readonly Assembly Self = typeof(ThemeFiles).Assembly;
    private static readonly HashSet<string> Embedded = Self.GetManifestResourceNames()
        .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .Select(name => name[EmbeddedPrefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Far above any template, stylesheet or font a theme ships; a bound on what one file may cost.</summary>
    private const long MaxFileBytes = 64 * 1024 * 1024;

    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, FileProblem> _problems = new(StringComparer.Ordinal);

    public ThemeFiles(IEnumerable<string> folders)
    {
        _folders = folders.Where(Directory.Exists).ToList();
    }

    public IReadOnlyList<string> Folders => _folders;

    /// <summary>The files of the theme that were refused, by path, with why.</summary>
    public IReadOnlyDictionary<string, FileProblem> Problems => _problems;

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
            if (!File.Exists(path))
            {
                continue;
            }

            if (Contained(folder).Follow(path, isFolder: false) is null)
            {
                return null;
            }

            var (bytes, problem) = BoundedFile.Read(path, MaxFileBytes);
            if (problem is not null)
            {
                _problems.TryAdd(path, problem);
            }

            return bytes;
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
            hash.AppendData(ReadBytes(path) ?? []);
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

            foreach (var file in Contained(root).List(path))
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

    private ContainedFiles Contained(string layer) =>
        new(layer, $"the theme folder {Path.GetFileName(Path.TrimEndingDirectorySeparator(layer))}/", _ => true, (path, problem) => _problems.TryAdd(path, problem));
}
