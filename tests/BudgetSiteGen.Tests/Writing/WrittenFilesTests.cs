using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Writing;

public sealed class WrittenFilesTests
{
    [Fact]
    public void Files_come_out_in_ordinal_order_of_their_whole_paths_with_the_last_hash_written()
    {
        // '-' sorts before '/', and '/' before letters and digits: the folder must not be compared apart from the name.
        string[] paths = ["index.html", "a/b.html", "a-b/c.html", "a/b/c.html", "a/b-c.html", "ab.html", "a/index.html", "z", "a/b/a.html", "二/页.html", "a/B.html"];
        var files = new WrittenFiles();
        foreach (var path in paths.Reverse())
        {
            files.Set(path, Sha256Digest.Of([1]));
        }

        files.Set("a/b.html", Sha256Digest.Of([2]));

        var sorted = files.Sorted().ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), sorted.Select(f => f.Path));
        Assert.Equal(Sha256Digest.Of([2]), sorted.Single(f => f.Path == "a/b.html").Hash);
        Assert.True(files.Contains("a/b/c.html"));
        Assert.False(files.Contains("a/b/d.html"));
        Assert.Equal(paths.Length, files.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_set_of_paths_comes_out_once_each_in_ordinal_order_and_each_path_is_found_again(int seed)
    {
        // Short names from characters on both sides of '/' in ordinal order, so folders and names interleave,
        // with empty names ("a//b"), a name that is also a folder ("a" and "a/b") and deep paths.
        var random = new Random(seed);
        const string alphabet = "-./0Aa二";
        var paths = Enumerable.Range(0, 2000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])))
            .ToList();
        var files = new WrittenFiles();
        foreach (var (path, i) in paths.Select((p, i) => (p, i)))
        {
            files.Set(path, Sha256Digest.Of(BitConverter.GetBytes(i)));
        }

        var distinct = paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sorted = files.Sorted().ToList();
        Assert.Equal(distinct, sorted.Select(f => f.Path));
        Assert.Equal(distinct.Count, files.Count);
        foreach (var (path, hash) in sorted)
        {
            Assert.Equal(Sha256Digest.Of(BitConverter.GetBytes(paths.FindLastIndex(p => p == path))), hash);
            Assert.True(files.TryGet(path, out var found) && found == hash, path);
        }

        Assert.False(files.Contains("never/set.html"));
        Assert.False(files.Contains(distinct[0] + "/more"));
    }

    [Fact]
    public void A_digest_prints_as_the_lower_case_hex_that_sha256sum_prints()
    {
        // sha256sum of the three bytes "abc" (FIPS 180-2, appendix B.1).
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256Digest.Of("abc"u8).ToString());
        Assert.Equal(Sha256Digest.Of("abc"u8), Sha256Digest.Parse("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Assert.Null(Sha256Digest.Parse("not hex"));
    }

    [Fact]
    public void The_files_a_site_no_longer_has_are_those_of_the_previous_manifest_missing_from_the_new()
    {
        var previous = new WrittenFiles();
        var next = new WrittenFiles();
        foreach (var path in new[] { "index.html", "a/b.html", "a/c.html", "a/b/c.html", "z.html" })
        {
            previous.Set(path, Sha256Digest.Of([1]));
        }

        foreach (var path in new[] { "index.html", "a/c.html", "a/b/d.html" })
        {
            next.Set(path, Sha256Digest.Of([2]));
        }

        Assert.Equal(["a/b.html", "a/b/c.html", "z.html"], previous.PathsNotIn(next).Order(StringComparer.Ordinal));
        Assert.Equal(["a/b/d.html"], next.PathsNotIn(previous));
    }
}
