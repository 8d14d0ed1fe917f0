using System.Globalization;

namespace BudgetSiteGen.ViewModels;

/// <summary>A download's size as a reader judges it before fetching it on a phone: "18.4 KB", "1.2 MB".</summary>
public static class FileSize
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * 1024;

    public static string Text(UiText text, long bytes) => bytes >= Megabyte
        ? text.Format("size_megabytes", Places((decimal)bytes / Megabyte))
        : text.Format("size_kilobytes", Places(Math.Max(0.1m, (decimal)bytes / Kilobyte)));

    private static string Places(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}
