using System.IO.Compression;
using BudgetSiteGen.Building;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Archiving;

/// <summary>
/// Where `archive` may write: a bag folder that is new, empty or a bag BudgetSiteGen wrote, and beside it a
/// zip that is new or the zip of such a bag; never the content, the themes or the current folder.
/// </summary>
public static class BagDestination
{
    private const string Agent = "Bag-Software-Agent: BudgetSiteGen";

    private static readonly OutputFolderGuard Guard = new("bag folder", "a bag BudgetSiteGen wrote (its bag-info.txt does not name BudgetSiteGen as Bag-Software-Agent)", IsOwnBag);

    /// <summary>The zip written beside a bag folder: the same path with ".zip".</summary>
    public static string ZipOf(string bag) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(bag)) + ".zip";

    /// <summary>The refusal, or null when the bag and its zip may be replaced.</summary>
    public static Diagnostic? Check(string bag, IEnumerable<KeptFolder> kept)
    {
        if (Guard.Check(bag, kept) is { } refusal)
        {
            return refusal;
        }

        var zip = ZipOf(bag);
        var shown = ContentLoader.Display(zip);
        if (Directory.Exists(zip))
        {
            return Refuse(DiagnosticCodes.OutputIsAFile, zip, $"the bag's zip '{shown}' is a folder, not a file.", "a bag folder whose name with .zip is free or a bag's zip");
        }

        return File.Exists(zip) && !IsOwnZip(zip, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(bag))))
            ? Refuse(DiagnosticCodes.OutputNotOwned, zip, $"'{shown}' exists and is not the zip of a bag BudgetSiteGen wrote; it would be replaced.",
                "a bag folder whose zip does not exist yet; or delete this file yourself, if it is not needed")
            : null;
    }

    private static bool IsOwnBag(string folder)
    {
        var info = Path.Combine(folder, "bag-info.txt");
        return File.Exists(Path.Combine(folder, "bagit.txt")) && File.Exists(info) && File.ReadLines(info).Any(l => l.StartsWith(Agent, StringComparison.Ordinal));
    }

    private static bool IsOwnZip(string zip, string bagName)
    {
        try
        {
            using var archive = ZipFile.OpenRead(zip);
            var info = archive.GetEntry($"{bagName}/bag-info.txt");
            if (info is null)
            {
                return false;
            }

            using var reader = new StreamReader(info.Open());
            return reader.ReadToEnd().Split('\n').Any(l => l.StartsWith(Agent, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static Diagnostic Refuse(string code, string path, string message, string expected) =>
        new(code, Severity.Error, SourceLocation.StartOf(ContentLoader.Display(path)), message, expected);
}
