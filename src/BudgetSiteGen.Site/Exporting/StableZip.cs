using System.IO.Compression;

namespace BudgetSiteGen.Exporting;

/// <summary>
/// Rewrites a zip package with every entry dated to one fixed time. The packaging layer under the spreadsheet
/// library stamps each entry with the moment it was written, which alone would make two builds of the same report
/// differ; the entries, their order and their contents are kept as they are.
/// </summary>
public static class StableZip
{
    /// <summary>The earliest time a zip entry can record (1 January 1980), written into every entry.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var buffer = new MemoryStream();
        using (var output = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return buffer.ToArray();
    }
}
