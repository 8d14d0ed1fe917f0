using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Writing;

/// <summary>Two spellings of one folder are one folder, whatever links lie along the way.</summary>
public sealed class CanonicalPathTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bsg-canonical-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Links_along_a_path_resolve_to_the_folder_they_point_at_and_missing_parts_are_kept()
    {
        var content = Directory.CreateDirectory(Path.Combine(_root, "real", "content")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias"), Path.Combine(_root, "real"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias-of-alias"), "alias");
        Directory.CreateSymbolicLink(Path.Combine(_root, "deep"), content);

        Assert.Equal(content, CanonicalPath.Of(Path.Combine(_root, "alias-of-alias", "content")));
        Assert.Equal(content, CanonicalPath.Of(Path.Combine(_root, "alias", "..", "real", ".", "content")));

        // As the system reads it: ".." after a link is the folder above its target.
        Assert.Equal(Path.Combine(_root, "real"), CanonicalPath.Of(Path.Combine(_root, "deep", "..")));
        Assert.Equal(Path.Combine(content, "not-yet", "site"), CanonicalPath.Of(Path.Combine(_root, "alias", "content", "not-yet", "site")));
    }

    [Fact]
    public void A_folder_whose_name_starts_like_another_is_not_inside_it()
    {
        var site = Path.Combine(_root, "site");

        Assert.False(CanonicalPath.IsSameOrInside(Path.Combine(_root, "site-old", "secret.txt"), site));
        Assert.True(CanonicalPath.IsSameOrInside(Path.Combine(site, "index.html"), site));
        Assert.True(CanonicalPath.IsSameOrInside(site, site));
        Assert.False(CanonicalPath.IsInside(site, site));
    }
}
