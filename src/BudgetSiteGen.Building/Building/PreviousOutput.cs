using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Building;

/// <summary>
/// Recognises a folder a build may replace because BudgetSiteGen wrote it: it holds the
/// <see cref="OutputMarker"/>, or it is the output of a version from before the marker existed: a site whose
/// manifest-sha256.txt lists every file in it, or a shard build's part.
/// </summary>
public static class PreviousOutput
{
    public static bool IsRecognized(string folder) =>
        OutputMarker.IsIn(folder) || File.Exists(Path.Combine(folder, PartFile.Folder, PartFile.Description)) || IsListedByItsManifest(folder);

    /// <summary>Every file of the folder is in its manifest, so nothing in it was put there by hand.</summary>
    private static bool IsListedByItsManifest(string folder)
    {
        var listed = StagedOutput.ReadManifest(folder);
        if (listed.Count == 0)
        {
            return false;
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .All(path => path == StagedOutput.ManifestName || listed.Contains(path));
    }
}
