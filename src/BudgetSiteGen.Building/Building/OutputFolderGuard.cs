using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// Refuses, before anything is written, a folder that a command would replace but must not: one that is or
/// holds the content, a theme or the current folder, and one that is not empty and was not written by
/// BudgetSiteGen. Paths are compared canonically, with symbolic links resolved.
/// </summary>
/// <param name="Noun">What the folder is called in messages: "output folder".</param>
/// <param name="Own">What a folder the command may replace looks like, for messages.</param>
/// <param name="IsOwn">Recognises such a folder.</param>
public sealed record OutputFolderGuard(string Noun, string Own, Func<string, bool> IsOwn)
{
    private const string HowToProceed = "an empty or new folder; or delete this one yourself, if nothing in it is needed";

    /// <summary>The output of build, merge and serve.</summary>
    public static OutputFolderGuard Site { get; } = new("output folder", $"a site BudgetSiteGen built (it has no {OutputMarker.FileName} file)", PreviousOutput.IsRecognized);

    /// <summary>The refusal, or null when the folder may be replaced.</summary>
    public Diagnostic? Check(string folder, IEnumerable<KeptFolder> kept)
    {
        var target = CanonicalPath.Of(folder);
        var shown = ContentLoader.Display(folder);
        foreach (var keep in kept)
        {
            var path = CanonicalPath.Of(keep.Path);
            if (string.Equals(target, path, CanonicalPath.Comparison))
            {
                return Refuse(DiagnosticCodes.OutputWouldReplaceInput, folder, $"the {Noun} '{shown}' is {keep.Name}; writing there would replace it.",
                    $"another folder, such as output/ beside the content folder");
            }

            if (CanonicalPath.IsInside(path, target))
            {
                return Refuse(DiagnosticCodes.OutputWouldReplaceInput, folder,
                    $"the {Noun} '{shown}' holds {keep.Name} ('{ContentLoader.Display(keep.Path)}'); writing there would replace it.",
                    $"a folder that holds none of the content, the themes and the current folder, such as output/ beside the content folder");
            }

            if (keep.NothingInside && CanonicalPath.IsInside(target, path))
            {
                return Refuse(DiagnosticCodes.OutputWouldReplaceInput, folder,
                    $"the {Noun} '{shown}' is inside {keep.Name}; the site would be mixed with what it is built from.",
                    $"a folder outside {keep.Name}, such as output/ beside the content folder");
            }
        }

        if (File.Exists(target))
        {
            return Refuse(DiagnosticCodes.OutputIsAFile, folder, $"the {Noun} '{shown}' is a file, not a folder.", "the path of an empty or new folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !IsOwn(target))
        {
            return Refuse(DiagnosticCodes.OutputNotOwned, folder,
                $"the {Noun} '{shown}' is not empty and is not {Own}; it would be replaced as a whole and what is in it lost.", HowToProceed);
        }

        return null;
    }

    private static Diagnostic Refuse(string code, string folder, string message, string expected) =>
        new(code, Severity.Error, SourceLocation.StartOf(ContentLoader.Display(folder)), message, expected);
}
