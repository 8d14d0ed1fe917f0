namespace BudgetSiteGen.SiteTests.Support;

/// <summary>
/// Every file of a folder with its bytes, keyed by '/'-separated relative path, so two builds (or one
/// build before and after a failed rebuild) can be compared byte for byte.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly SortedDictionary<string, byte[]> _files;

    private SiteSnapshot(SortedDictionary<string, byte[]> files) => _files = files;

    public int Count => _files.Count;

    public static SiteSnapshot Of(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return new SiteSnapshot(files);
    }

    /// <summary>One line per difference: files only on one side, and files whose bytes differ with the first differing offset.</summary>
    public IReadOnlyList<string> DifferencesFrom(SiteSnapshot other, string thisName, string otherName)
    {
        var differences = new List<string>();
        foreach (var path in _files.Keys.Except(other._files.Keys, StringComparer.Ordinal))
        {
            differences.Add($"{path}: only in {thisName}");
        }

        foreach (var path in other._files.Keys.Except(_files.Keys, StringComparer.Ordinal))
        {
            differences.Add($"{path}: only in {otherName}");
        }

        foreach (var (path, bytes) in _files)
        {
            if (other._files.TryGetValue(path, out var otherBytes) && !bytes.AsSpan().SequenceEqual(otherBytes))
            {
                differences.Add($"{path}: bytes differ ({Describe(bytes, otherBytes, thisName, otherName)})");
            }
        }

        return differences;
    }

    private static string Describe(byte[] a, byte[] b, string aName, string bName)
    {
        var offset = a.AsSpan().CommonPrefixLength(b);
        return $"{aName} {a.Length} bytes, {bName} {b.Length} bytes, first difference at byte {offset}: "
            + $"{aName} \"{Excerpt(a, offset)}\" vs {bName} \"{Excerpt(b, offset)}\"";
    }

    private static string Excerpt(byte[] bytes, int offset)
    {
        var start = Math.Max(0, offset - 20);
        var length = Math.Min(bytes.Length - start, 60);
        return System.Text.Encoding.UTF8.GetString(bytes, start, Math.Max(0, length)).ReplaceLineEndings("⏎");
    }
}
