using System.Text;
using System.Text.Json;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// The search index as the build cache keeps it between builds: per shard, every token with all its
/// postings; which shards each department's
/// documents are in (one bit per shard, so a rebuilt department touches only its own); and the
/// <see cref="SearchIndexMeta"/>. A binary format private to the cache, read only by the same program.
/// </summary>
public sealed class SearchIndexState(string folder)
{
    private const string MetaFile = "index.json";
    private const string UnitsFile = "units.bin";

    public string Folder => folder;

    public bool Exists => File.Exists(Path.Combine(folder, MetaFile));

    public void WriteShard(int shard, IEnumerable<(string Token, TokenPostings Postings)> tokens)
    {
        Directory.CreateDirectory(folder);
        using var writer = new BinaryWriter(File.Create(ShardFile(shard)), Encoding.UTF8);
        foreach (var (token, postings) in tokens)
        {
            writer.Write(token);
            writer.Write(postings.Count);
            writer.Write(postings.Bytes.Length);
            writer.Write(postings.Bytes);
        }
    }

    public Dictionary<string, TokenPostings> ReadShard(int shard)
    {
        var tokens = new Dictionary<string, TokenPostings>(StringComparer.Ordinal);
        var file = ShardFile(shard);
        if (!File.Exists(file))
        {
            return tokens;
        }

        using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var token = reader.ReadString();
            var count = reader.ReadInt32();
            var bytes = reader.ReadBytes(reader.ReadInt32());
            tokens[token] = TokenPostings.FromBytes(bytes, count);
        }

        return tokens;
    }

    public void WriteMeta(SearchIndexMeta meta, IReadOnlyList<byte[]> unitShards)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, MetaFile), JsonSerializer.Serialize(meta));
        using var units = File.Create(Path.Combine(folder, UnitsFile));
        foreach (var bits in unitShards)
        {
            units.Write(bits);
        }
    }

    public SearchIndexMeta? ReadMeta()
    {
        try
        {
            return Exists ? JsonSerializer.Deserialize<SearchIndexMeta>(File.ReadAllText(Path.Combine(folder, MetaFile))) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Each department's shard bits, in the order of <see cref="SearchIndexMeta.Units"/>.</summary>
    public List<byte[]> ReadUnitShards(SearchIndexMeta meta)
    {
        var size = BitsSize(meta.Shards);
        var all = File.ReadAllBytes(Path.Combine(folder, UnitsFile));
        return Enumerable.Range(0, meta.Units.Count).Select(i => all.AsSpan(i * size, size).ToArray()).ToList();
    }

    /// <summary>Moves what this folder holds into <paramref name="target"/>, replacing files of the same name.</summary>
    public void MoveInto(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Delete(folder);
    }

    public static int BitsSize(int shards) => (shards + 7) / 8;

    private string ShardFile(int shard) => Path.Combine(folder, $"{shard}.bin");
}
