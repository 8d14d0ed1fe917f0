using System.Text;

namespace BudgetSiteGen.Importing;

/// <summary>
/// Tells the kind of workbook from its bytes, not its name: budget systems often save an HTML page as ".xls", and a
/// workbook renamed from .xls to .xlsx is still the old format. Compound documents are told apart by the names of the
/// streams in their directory (Workbook, Book, EncryptedPackage), which are stored as UTF-16 text.
/// </summary>
public static class WorkbookSniffer
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static WorkbookFormat Sniff(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Zip))
        {
            return WorkbookFormat.OpenXml;
        }

        if (bytes.AsSpan().StartsWith(Compound))
        {
            if (HasStream(bytes, "EncryptedPackage"))
            {
                return WorkbookFormat.Encrypted;
            }

            if (HasStream(bytes, "Workbook"))
            {
                return WorkbookFormat.Biff8;
            }

            return HasStream(bytes, "Book") ? WorkbookFormat.Biff5 : WorkbookFormat.NotAWorkbook;
        }

        // A BIFF2–4 file starts with its BOF record: 0x0009, 0x0209 or 0x0409.
        if (bytes.Length >= 4 && bytes[0] == 0x09 && bytes[1] is 0x00 or 0x02 or 0x04)
        {
            return WorkbookFormat.Biff2To4;
        }

        return WorkbookFormat.NotAWorkbook;
    }

    /// <summary>Whether a directory entry carries this name: its UTF-16 characters followed by the terminating NUL.</summary>
    private static bool HasStream(byte[] bytes, string name)
    {
        var entry = Encoding.Unicode.GetBytes(name + "\0");
        return bytes.AsSpan().IndexOf(entry) >= 0;
    }
}
