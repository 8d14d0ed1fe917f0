using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Builds the static search index while documents stream past: each document's excerpt is written at once
/// as its own small file (search/d/ID.js), and only its token scores are kept. At the end the postings are
/// split into shards by token hash (search/t/N.js), so a query downloads only the shards of its tokens; a
/// token found on many pages has its list packed in a file of its own (search/l/N-K.js), downloaded only by a
/// query that has the token.
/// Every file is a script that hands its data to window.BSG, because browsers refuse fetch() on file://.
/// </summary>
public sealed class SearchIndexWriter : IDisposable
{
    public const string Folder = "search";
    private const int FilterBlock = 4096;
    private const int TargetShardBytes = 8000;
    private const int EstimatedBytesPerEntry = 3;

    /// <summary>
    /// Lists longer than this are packed into a file of their own: a shard stays small for every query that
    /// merely shares its hash, and a long list costs its own packed bytes only to the queries that need it.
    /// </summary>
    public const int InlineLimit = 256;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Dictionary<string, TokenPostings> _postings = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.BlockingCollection<(string Path, string Text)> _excerpts = new(boundedCapacity: 4096);
    private readonly Thread _writer;
    private readonly StagedOutput _output;
    private Exception? _writeFailure;

    /// <summary>
    /// How many postings are held in memory before they are set aside on disk: about 40 MB of lists and their
    /// tokens, so the index's memory does not grow with the site.
    /// </summary>
    public const long DefaultSpillAfter = 16_000_000;

    private const string SpillFile = ".search-postings.tmp";

    private readonly long _spillAfter;
    private long _held;
    private PostingSpill? _spill;

    public SearchIndexWriter(StagedOutput output, long spillAfter = DefaultSpillAfter)
    {
        _output = output;
        _spillAfter = spillAfter;
        _writer = new Thread(WriteExcerpts) { IsBackground = true, Name = "search excerpts" };
        _writer.Start();
    }
    private readonly List<(int Year, int Jurisdiction, int Type)> _filters = [];
    private readonly Dictionary<string, int> _jurisdictionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);
    private readonly List<string> _jurisdictions = [];
    private readonly List<string> _types = [];
    private readonly SortedSet<int> _years = [];

    public int Documents => _filters.Count;

    /// <summary>How many times postings were set aside on disk.</summary>
    public int Spills { get; private set; }

    public void Add(SearchDocument document) => Add(Score(document));

    /// <summary>Adds a document already scored by <see cref="Score(SearchDocument)"/> (which can run on another thread).</summary>
    public void Add(ScoredDocument scored)
    {
        var document = scored.Document;
        var id = AddFilter(SearchFilter.Of(document));

        foreach (var (token, score) in scored.Tokens)
        {
            if (!_postings.TryGetValue(token, out var postings))
            {
                _postings[token] = postings = new TokenPostings();
            }

            postings.Add(id, score);
        }

        _held += scored.Tokens.Count;
        if (_held >= _spillAfter)
        {
            Spill();
        }

        var fragment = new Dictionary<string, object?>
        {
            ["u"] = document.Path,
            ["t"] = document.Title,
            ["b"] = document.Breadcrumb,
            ["x"] = document.Excerpt,
            ["k"] = document.Type,
            ["y"] = document.Year,
            ["j"] = document.Jurisdiction,
        };
        _excerpts.Add(($"{Folder}/d/{Id(id)}.js", $"BSG.d({Id(id)},{JsonSerializer.Serialize(fragment, Json)});\n"));
    }

    /// <summary>Sets the postings gathered so far aside on disk and starts gathering afresh.</summary>
    private void Spill()
    {
        if (_spill is null)
        {
            var path = _output.PathOf(SpillFile);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _spill = new PostingSpill(path);
        }

        _spill.Write(_postings);
        Spills++;
        _postings.Clear();
        _postings.TrimExcess();
        _held = 0;
    }

    /// <summary>
    /// Counts in a document an incremental build did not rebuild: its filters are noted again and its excerpt
    /// file is kept as the previous build wrote it; its postings are already in the kept index.
    /// </summary>
    public void Keep(SearchFilter filter) => _output.KeepPrevious($"{Folder}/d/{Id(AddFilter(filter))}.js");

    /// <summary>
    /// Counts in a kept document that was number <paramref name="previousId"/> in the previous build: when a report
    /// before it was added or removed its number changed, and its excerpt is written again under the new one.
    /// </summary>
    public void Keep(SearchFilter filter, int previousId)
    {
        var id = AddFilter(filter);
        if (id == previousId)
        {
            _output.KeepPrevious($"{Folder}/d/{Id(id)}.js");
            return;
        }

        var excerpt = _output.ReadPrevious($"{Folder}/d/{Id(previousId)}.js");
        var data = excerpt[(excerpt.IndexOf(',', StringComparison.Ordinal) + 1)..];
        _excerpts.Add(($"{Folder}/d/{Id(id)}.js", $"BSG.d({Id(id)},{data}"));
    }

    private int AddFilter(SearchFilter filter)
    {
        var id = _filters.Count;
        _filters.Add((filter.Year ?? 0, IndexOf(_jurisdictionIds, _jurisdictions, filter.Jurisdiction ?? string.Empty), IndexOf(_typeIds, _types, filter.Type)));
        if (filter.Year is { } year)
        {
            _years.Add(year);
        }

        return id;
    }

    /// <summary>
    /// Creating hundreds of thousands of small files is slow on most file systems, and documents are added
    /// from one thread; so excerpts are handed to a writer thread of their own while indexing goes on.
    /// </summary>
    private void WriteExcerpts()
    {
        try
        {
            foreach (var (path, text) in _excerpts.GetConsumingEnumerable())
            {
                _output.WriteText(path, text);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _writeFailure = e;
            foreach (var _ in _excerpts.GetConsumingEnumerable())
            {
                // Drained so that the indexing thread is never left waiting for room; Finish reports the failure.
            }
        }
    }

    /// <summary>Stops the excerpt writer; a build that failed part-way calls this without <see cref="Finish"/>.</summary>
    public void Dispose()
    {
        _excerpts.CompleteAdding();
        _writer.Join();
        _excerpts.Dispose();
        _spill?.Dispose();
    }

    /// <summary>
    /// Writes the shards, the filter blocks and the small meta file every query starts with; and, for the build
    /// cache, the kept index with the shards each department's documents are in. When postings were set aside on
    /// disk, the shards are written a group at a time, each group's lists read back whole.
    /// </summary>
    public void Finish(SearchIndexState? state = null, int jurisdictionDocuments = 0, IReadOnlyList<SearchIndexUnit>? units = null)
    {
        StopExcerpts();
        if (_spill is not null && _postings.Count > 0)
        {
            Spill();
        }

        var spill = _spill;
        var entries = spill is null
            ? _postings.Values.Sum(Published)
            : Enumerable.Range(0, PostingSpill.Buckets).Sum(bucket => spill.Read(bucket, PostingSpill.Buckets).Values.Sum(Published));
        var shards = ShardCount(entries);
        var groups = spill is null ? 1 : Math.Min(shards, PostingSpill.Buckets);
        var longLists = new int[shards];
        var bits = (units ?? []).Select(_ => new byte[SearchIndexState.BitsSize(shards)]).ToList();
        for (var group = 0; group < groups; group++)
        {
            var tokens = spill?.Read(group, groups) ?? _postings;
            var byShard = tokens.Keys
                .GroupBy(token => ShardOf(token, shards))
                .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).Select(token => (token, tokens[token])).ToList());
            var inGroup = group;
            Parallel.For(0, shards / groups, i =>
            {
                var shard = inGroup + (i * groups);
                var listed = byShard.GetValueOrDefault(shard) ?? [];
                longLists[shard] = WriteShard(shard, listed);
                state?.WriteShard(shard, listed);
            });
            if (units is not null)
            {
                MarkUnitShards(bits, units, tokens, shards);
            }
        }

        spill?.Dispose();
        _spill = null;
        WriteFilters(shards);
        if (state is not null && units is not null)
        {
            state.WriteMeta(new SearchIndexMeta(shards, entries, jurisdictionDocuments, units, longLists), bits);
        }
    }

    /// <summary>
    /// Finishes an incremental build: the documents added are the rebuilt departments' (and the jurisdictions',
    /// unless <paramref name="jurisdictionsKept"/>), the rest were kept. When no document moved, only the shards
    /// the rebuilt departments' old or new documents are in are read, changed and written again; when a report was
    /// added or removed, the kept departments' postings move with their documents and every shard is written
    /// again, still without reading a kept page again. False when the number of shards would change; the caller
    /// then indexes everything again.
    /// </summary>
    public bool TryUpdate(SearchIndexState previous, SearchIndexMeta meta, IReadOnlyList<SearchIndexUnit> units, IReadOnlyCollection<string> rebuilt,
        bool jurisdictionsKept, SearchIndexState next)
    {
        StopExcerpts();
        if (_spill is not null)
        {
            // So many departments were rebuilt that their postings went to disk: indexing everything is as cheap.
            return false;
        }

        var shards = meta.Shards;
        var now = units.ToDictionary(u => u.Key, u => u.First, StringComparer.Ordinal);
        // Where each old department's documents are now: null when they are gone or rebuilt.
        var moves = meta.Units.Select(u => (Unit: u, Shift: !rebuilt.Contains(u.Key) && now.TryGetValue(u.Key, out var first) ? first - u.First : (int?)null)).ToList();
        var renumbered = !jurisdictionsKept || moves.Any(m => m.Shift is not (null or 0));
        var oldBits = previous.ReadUnitShards(meta);
        var fresh = _postings.Keys.GroupBy(token => ShardOf(token, shards)).ToDictionary(g => g.Key, g => g.ToList());
        var touched = new SortedSet<int>(renumbered ? Enumerable.Range(0, shards) : fresh.Keys);
        for (var u = 0; u < meta.Units.Count; u++)
        {
            if (moves[u].Shift is null)
            {
                touched.UnionWith(Enumerable.Range(0, shards).Where(shard => (oldBits[u][shard / 8] & (1 << (shard % 8))) != 0));
            }
        }

        var holding = Enumerable.Range(0, meta.Units.Count).Where(u => meta.Units[u].Count > 0).ToArray();
        var firsts = holding.Select(u => meta.Units[u].First).ToArray();
        int Renumber(int doc)
        {
            if (doc < meta.JurisdictionDocuments)
            {
                return jurisdictionsKept ? doc : -1;
            }

            var at = Array.BinarySearch(firsts, doc);
            at = at >= 0 ? at : ~at - 1;
            return at >= 0 && doc < meta.Units[holding[at]].End && moves[holding[at]].Shift is { } shift ? doc + shift : -1;
        }

        // Each changed shard goes to the cache's staging as soon as it is made, so that only a few are in memory;
        // the pages are written from there once it is certain that the update can be made at all.
        var entries = meta.Entries;
        Parallel.ForEach(touched, shard =>
        {
            var tokens = previous.ReadShard(shard);
            var delta = 0L;
            foreach (var token in fresh.GetValueOrDefault(shard) ?? [])
            {
                tokens.TryAdd(token, new TokenPostings());
            }

            foreach (var (token, postings) in tokens.ToList())
            {
                delta -= Published(postings);
                var added = _postings.TryGetValue(token, out var rebuiltPostings) ? rebuiltPostings.Ordered() : [];
                var updated = postings.Renumber(Renumber, added);
                delta += Published(updated);
                if (updated.Count == 0)
                {
                    tokens.Remove(token);
                }
                else
                {
                    tokens[token] = updated;
                }
            }

            Interlocked.Add(ref entries, delta);
            next.WriteShard(shard, Sorted(tokens));
        });
        if (ShardCount(entries) != shards)
        {
            return false;
        }

        var longLists = meta.LongLists.ToArray();
        for (var shard = 0; shard < shards; shard++)
        {
            if (touched.Contains(shard))
            {
                longLists[shard] = WriteShard(shard, Sorted(next.ReadShard(shard)));
            }
            else
            {
                _output.KeepPrevious(ShardPath(shard));
                for (var k = 0; k < longLists[shard]; k++)
                {
                    _output.KeepPrevious(LongListPath(shard, k));
                }
            }
        }

        WriteFilters(shards);
        var bits = UnitShards(units, shards);
        var kept = meta.Units.Select((unit, i) => (unit.Key, Bits: oldBits[i])).ToDictionary(p => p.Key, p => p.Bits, StringComparer.Ordinal);
        next.WriteMeta(new SearchIndexMeta(shards, entries, meta.JurisdictionDocuments, units, longLists),
            units.Select((unit, i) => rebuilt.Contains(unit.Key) ? bits[i] : kept[unit.Key]).ToList());
        return true;
    }

    private void StopExcerpts()
    {
        _excerpts.CompleteAdding();
        _writer.Join();
        if (_writeFailure is not null)
        {
            throw new IOException(_writeFailure.Message, _writeFailure);
        }
    }

    /// <summary>
    /// Writes a shard: each token with its list, or with "@K" when the list is long and packed in its own file
    /// (search/l/SHARD-K.js, K counting the shard's long lists in token order). Returns how many there are.
    /// </summary>
    private int WriteShard(int shard, IReadOnlyList<(string Token, TokenPostings Postings)> tokens)
    {
        var text = new StringBuilder($"BSG.t({Id(shard)},{{");
        var first = true;
        var longLists = 0;
        foreach (var (token, postings) in tokens)
        {
            text.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(token, Json)).Append(":\"");
            var encoded = PostingCodec.Encode(postings.Ordered());
            if (postings.Count <= InlineLimit)
            {
                text.Append(encoded);
            }
            else
            {
                var name = $"{Id(shard)}-{Id(longLists)}";
                _output.WriteText(LongListPath(shard, longLists), $"BSG.l(\"{name}\",\"{PostingCodec.Pack(encoded)}\");\n");
                text.Append('@').Append(Id(longLists++));
            }

            text.Append('"');
            first = false;
        }

        _output.WriteText(ShardPath(shard), text.Append("});\n").ToString());
        return longLists;
    }

    private void WriteFilters(int shards)
    {
        for (var block = 0; block * FilterBlock < _filters.Count; block++)
        {
            var values = _filters.Skip(block * FilterBlock).Take(FilterBlock).SelectMany(f => new[] { f.Year, f.Jurisdiction, f.Type });
            _output.WriteText($"{Folder}/f/{Id(block)}.js", $"BSG.f({Id(block)},[{string.Join(',', values.Select(Id))}]);\n");
        }

        var meta = new Dictionary<string, object>
        {
            ["shards"] = shards,
            ["docs"] = _filters.Count,
            ["block"] = FilterBlock,
            ["years"] = _years.Reverse().ToList(),
            ["types"] = _types,
        };
        _output.WriteText($"{Folder}/meta.js", $"BSG.m({JsonSerializer.Serialize(meta, Json)});\n");
        _output.WriteText($"{Folder}/jurisdictions.js", $"BSG.j({JsonSerializer.Serialize(_jurisdictions, Json)});\n");
    }

    /// <summary>For each department, one bit per shard holding a posting of one of its documents.</summary>
    private List<byte[]> UnitShards(IReadOnlyList<SearchIndexUnit> units, int shards)
    {
        var bits = units.Select(_ => new byte[SearchIndexState.BitsSize(shards)]).ToList();
        MarkUnitShards(bits, units, _postings, shards);
        return bits;
    }

    /// <summary>Sets, for each department, the bit of every shard where <paramref name="tokens"/> hold a posting of its documents.</summary>
    private static void MarkUnitShards(List<byte[]> bits, IReadOnlyList<SearchIndexUnit> units, IReadOnlyDictionary<string, TokenPostings> tokens, int shards)
    {
        var holding = Enumerable.Range(0, units.Count).Where(u => units[u].Count > 0).ToArray();
        var firsts = holding.Select(u => units[u].First).ToArray();
        foreach (var (token, postings) in tokens)
        {
            var shard = ShardOf(token, shards);
            foreach (var (doc, _) in postings.Ordered())
            {
                var at = Array.BinarySearch(firsts, doc);
                at = at >= 0 ? at : ~at - 1;
                if (at >= 0 && doc < units[holding[at]].End)
                {
                    bits[holding[at]][shard / 8] |= (byte)(1 << (shard % 8));
                }
            }
        }
    }

    private static List<(string Token, TokenPostings Postings)> Sorted(Dictionary<string, TokenPostings> tokens) =>
        tokens.Keys.Order(StringComparer.Ordinal).Select(token => (token, tokens[token])).ToList();

    /// <summary>The postings a shard itself holds of a token's list (none when the list has a file of its own).</summary>
    private static long Published(TokenPostings postings) => postings.Count <= InlineLimit ? postings.Count : 0;

    private static int ShardOf(string token, int shards) => (int)(SearchTokens.Hash(token) % (uint)shards);

    private static string ShardPath(int shard) => $"{Folder}/t/{Id(shard)}.js";

    private static string LongListPath(int shard, int k) => $"{Folder}/l/{Id(shard)}-{Id(k)}.js";

    /// <summary>
    /// A token's score in a document: the weight of the best field it occurs in, a little more for each
    /// further occurrence (up to ten), scaled by the document's rank.
    /// </summary>
    public static ScoredDocument Score(SearchDocument document)
    {
        var best = new Dictionary<string, (int Weight, int Count)>(StringComparer.Ordinal);

        // Looked up by their characters, so a token already seen on the page costs no string.
        var known = best.GetAlternateLookup<ReadOnlySpan<char>>();
        void Note(ReadOnlySpan<char> token, int weight)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(known, token, out _);
            entry = (Math.Max(entry.Weight, weight), entry.Count + 1);
        }

        foreach (var field in document.Fields)
        {
            SearchTokens.Visit(field.Text, token => Note(token, field.Weight));
        }

        foreach (var token in document.Codes.SelectMany(SearchTokens.OfCode))
        {
            Note(token, FieldWeights.Code);
        }

        return new ScoredDocument(document, best.Select(p => (p.Key, Math.Max(1, (p.Value.Weight + Math.Min(p.Value.Count, 10)) * document.Rank / 100))).ToList());
    }

    private static int ShardCount(long entries)
    {
        var wanted = Math.Max(1L, entries * EstimatedBytesPerEntry / TargetShardBytes);
        var shards = 1;
        while (shards < wanted && shards < 65536)
        {
            shards *= 2;
        }

        return shards;
    }

    private static int IndexOf(Dictionary<string, int> ids, List<string> list, string value)
    {
        if (!ids.TryGetValue(value, out var index))
        {
            ids[value] = index = list.Count;
            list.Add(value);
        }

        return index;
    }

    private static string Id(int n) => n.ToString(CultureInfo.InvariantCulture);
}
