using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using BudgetSiteGen.Building;
using BudgetSiteGen.Model;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Archiving;

/// <summary>
/// Turns a built site into a BagIt 1.0 bag (RFC 8493) and a single zip of it, for archives: the site is the
/// payload under data/, every payload file and every tag file is listed with its SHA-256, and bag-info.txt
/// names the publishing organisation, the software, the source documents and the data version. No
/// Bagging-Date is written: the date of bagging is not in the content, and with it the same content would
/// no longer give the same bag and the same zip, byte for byte; Data-Version identifies the content instead.
/// </summary>
public static class BagWriter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string site, string bag, ContentSet content, string dataVersion)
    {
        var payload = Path.Combine(bag, "data");
        Directory.CreateDirectory(bag);
        CopyFolder(site, payload);
        var files = Directory.EnumerateFiles(payload, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bag, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var bytes = files.Sum(f => new FileInfo(Path.Combine(bag, f)).Length);
        File.WriteAllText(Path.Combine(bag, "bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Utf8);
        var info = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Source-Organization: {SourceOrganization(content.Site)}\n")
            .Append(CultureInfo.InvariantCulture, $"External-Description: {content.Site.Title}\n")
            .Append(CultureInfo.InvariantCulture, $"Bag-Software-Agent: BudgetSiteGen {ProgramVersion.Release}\n")
            .Append(CultureInfo.InvariantCulture, $"Data-Version: {dataVersion}\n");
        foreach (var year in content.DepartmentYears.OrderBy(y => y.SourceFile, StringComparer.Ordinal))
        {
            var source = year.Source is { } s ? $"{s.Title} ({s.Publisher})" : year.Report.Title;
            info.Append(CultureInfo.InvariantCulture, $"Source-Document: {source}\n");
        }

        info.Append(CultureInfo.InvariantCulture, $"Payload-Oxum: {bytes}.{files.Count}\n");
        File.WriteAllText(Path.Combine(bag, "bag-info.txt"), info.ToString(), Utf8);
        File.WriteAllText(Path.Combine(bag, "manifest-sha256.txt"), Manifest(bag, files), Utf8);
        File.WriteAllText(Path.Combine(bag, "tagmanifest-sha256.txt"), Manifest(bag, ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"]), Utf8);
    }

    /// <summary>
    /// The organisation that publishes the site. site.yaml has no field of its own for it yet, so the site's
    /// title stands for it; this is the one place to change when it has.
    /// </summary>
    public static string SourceOrganization(SiteSettings site) => site.Title;

    /// <summary>A zip of the bag with its top folder, entries in ordinal order and a fixed timestamp.</summary>
    public static void Zip(string bag, string zipPath)
    {
        var name = Path.GetFileName(Path.GetFullPath(bag).TrimEnd(Path.DirectorySeparatorChar));
        using var stream = File.Create(zipPath);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(bag, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(bag, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry($"{name}/{file}", CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTime;
            using var target = entry.Open();
            using var source = File.OpenRead(Path.Combine(bag, file));
            source.CopyTo(target);
        }
    }

    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Manifest(string bag, IEnumerable<string> files) =>
        string.Concat(files.Select(f => $"{Hash(Path.Combine(bag, f))}  {f}\n"));

    /// <summary>Copies the site, without the marker that says its folder is a build's output: that is not part of the site.</summary>
    private static void CopyFolder(string from, string to)
    {
        var marker = Path.Combine(from, OutputMarker.FileName);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => f != marker))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
