namespace BudgetSiteGen.Building;

/// <summary>
/// A folder an output must never replace: the output may be neither it nor a folder holding it, and, when
/// <paramref name="NothingInside"/>, not inside it either (an output inside the content folder would be read
/// as content by the next build).
/// </summary>
/// <param name="Name">How a message names it: "the content folder".</param>
public sealed record KeptFolder(string Path, string Name, bool NothingInside)
{
    /// <summary>What every command that writes keeps: the content, the themes and the folder it was started in.</summary>
    public static IReadOnlyList<KeptFolder> Of(string contentFolder, string themesFolder) =>
    [
        new(contentFolder, "the content folder", NothingInside: true),
        new(themesFolder, "the themes folder", NothingInside: true),
        new(Environment.CurrentDirectory, "the current folder", NothingInside: false),
    ];
}
