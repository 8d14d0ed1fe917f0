using BudgetSiteGen.Indexing;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Indexing;

public sealed class PostingSpillTests
{
    private const string Words = "预算收入支出经费项目资金残疾人基本公共一般政府采购机关运行三公";

    [Fact]
    public void An_index_whose_postings_went_to_disk_is_the_index_held_in_memory_file_for_file()
    {
        using var scratch = new ScratchFolder();
        var documents = Documents(seed: 5, count: 900);
        var units = Enumerable.Range(0, 9).Select(u => new SearchIndexUnit($"department-{u}", u * 100, 100)).ToList();

        var held = Index(Path.Combine(scratch.Root, "held"), documents, units, SearchIndexWriter.DefaultSpillAfter);
        var spilled = Index(Path.Combine(scratch.Root, "spilled"), documents, units, spillAfter: 700);

        Assert.Equal(0, held.Spills);
        Assert.True(spilled.Spills > 20, $"only {spilled.Spills} spills");
        var heldFiles = Files(Path.Combine(scratch.Root, "held"));
        var spilledFiles = Files(Path.Combine(scratch.Root, "spilled"));
        Assert.Contains(heldFiles.Keys, path => path.StartsWith("site/search/l/", StringComparison.Ordinal));
        Assert.Equal(heldFiles.Keys.Order(StringComparer.Ordinal), spilledFiles.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in heldFiles)
        {
            Assert.True(bytes.SequenceEqual(spilledFiles[path]), $"{path} differs");
        }
    }

    private static SearchIndexWriter Index(string root, IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchIndexUnit> units, long spillAfter)
    {
        using var output = new StagedOutput(Path.Combine(root, "site"));
        using var writer = new SearchIndexWriter(output, spillAfter);
        foreach (var document in documents)
        {
            writer.Add(document);
        }

        writer.Finish(new SearchIndexState(Path.Combine(root, "cache")), 0, units);
        output.WriteManifest();
        output.Commit();
        return writer;
    }

    /// <summary>Pages of random two- to six-character words from a small vocabulary, so lists of every length occur.</summary>
    private static List<SearchDocument> Documents(int seed, int count)
    {
        var random = new Random(seed);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ =>
        {
            var start = random.Next(Words.Length - 6);
            return Words.Substring(start, random.Next(2, 7));
        }));

        return Enumerable.Range(0, count).Select(i => new SearchDocument(
            $"d/{i}.html", Text(2), "地区 / 部门", i % 3 == 0 ? "table" : "narrative", 2024 + (i % 2), "140525", [new(Text(2), FieldWeights.Title), new(Text(random.Next(5, 40)), FieldWeights.Body)],
            random.Next(4) == 0 ? [$"2{random.Next(10, 13)}{random.Next(1, 99):00}{random.Next(1, 9):00}"] : [], Text(6))).ToList();
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
