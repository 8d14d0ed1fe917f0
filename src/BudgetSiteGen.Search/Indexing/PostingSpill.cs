using System.Text;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Postings set aside on disk while a large site is indexed, so that the index's memory stays the same however
/// many pages the site has. Each spill is a run of the postings gathered since the last one, split into
/// <see cref="Buckets"/> sections by token hash; runs are in document order, so a token's whole list is its
/// sections of every run, one after the other. A bucket's tokens are read back together (see
/// <see cref="Read"/>), a few shards' worth at a time.
/// </summary>
/// <remarks>
/// The file lives in the staging folder, so a failed build removes it with everything else; a finished index
/// deletes it before the site is published.
/// </remarks>
public sealed class PostingSpill(string path) : IDisposable
{
    /// <summary>A power of two, so a bucket is a whole set of shards whatever their number (also a power of two).</summary>
    public const int Buckets = 64;

    private readonly List<long[]> _runs = [];

    public bool IsEmpty => _runs.Count == 0;

    public static int BucketOf(string token) => (int)(SearchTokens.Hash(token) % Buckets);

    /// <summary>Writes the postings gathered since the last run as a new run, each token in its bucket's section.</summary>
    public void Write(IReadOnlyDictionary<string, TokenPostings> postings)
    {
        var byBucket = postings.GroupBy(p => BucketOf(p.Key)).ToDictionary(g => g.Key, g => g.ToList());
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        var offsets = new long[Buckets + 1];
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            writer.Flush();
            offsets[bucket] = stream.Position;
            foreach (var (token, list) in byBucket.GetValueOrDefault(bucket) ?? [])
            {
                writer.Write(token);
                writer.Write(list.Count);
                writer.Write(list.Bytes.Length);
                writer.Write(list.Bytes);
            }
        }

        writer.Flush();
        offsets[Buckets] = stream.Position;
        _runs.Add(offsets);
    }

    /// <summary>
    /// The whole lists of the tokens in the buckets that are <paramref name="group"/> modulo
    /// <paramref name="groups"/> (a power of two no larger than <see cref="Buckets"/>), run after run.
    /// </summary>
    public Dictionary<string, TokenPostings> Read(int group, int groups)
    {
        var tokens = new Dictionary<string, TokenPostings>(StringComparer.Ordinal);
        if (IsEmpty)
        {
            return tokens;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        foreach (var offsets in _runs)
        {
            for (var bucket = group; bucket < Buckets; bucket += groups)
            {
                stream.Position = offsets[bucket];
                while (stream.Position < offsets[bucket + 1])
                {
                    var token = reader.ReadString();
                    var count = reader.ReadInt32();
                    var part = TokenPostings.FromBytes(reader.ReadBytes(reader.ReadInt32()), count);
                    if (tokens.TryGetValue(token, out var list))
                    {
                        list.AddAll(part);
                    }
                    else
                    {
                        tokens[token] = part;
                    }
                }
            }
        }

        return tokens;
    }

    public void Dispose()
    {
        _runs.Clear();
        File.Delete(path);
    }
}
