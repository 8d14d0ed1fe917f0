using System.Text;

namespace BudgetSiteGen.Writing;

/// <summary>
/// The file every build writes into its output (and into its staging folder) to say the folder is
/// BudgetSiteGen's to replace. A build replaces only a folder that is empty, new or marked so (or an output
/// of an older version, see Building.PreviousOutput); stale staging folders are deleted only when marked.
/// The text is fixed, so builds stay byte for byte the same; it is not part of the site's manifest.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".budgetsitegen";

    private const string Signature = "budgetsitegen output";

    private static readonly byte[] Text = Encoding.UTF8.GetBytes(
        Signature + "\n" +
        "This folder is written by BudgetSiteGen. Every build replaces all of it: keep nothing else here.\n");

    public static void Write(string folder) => File.WriteAllBytes(Path.Combine(folder, FileName), Text);

    /// <summary>Whether the folder holds the marker with its first line intact.</summary>
    public static bool IsIn(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return reader.ReadLine() == Signature;
    }
}
