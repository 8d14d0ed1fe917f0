using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetSiteGen.Indexing;

namespace BudgetSiteGen.Tests.Indexing;

/// <summary>
/// The query evaluation of themes/default/assets/search.js, step for step, over the files a build published:
/// meta.js for the number of shards, the shards of the query's tokens, the packed long lists they name, and
/// the documents' addresses. What it returns is what the search page lists, in the same order.
/// </summary>
public sealed partial class PublishedSearch(string site)
{
    private const string Alphabet = PostingCodec.Alphabet;

    private readonly string _folder = Path.Combine(site, "search");
    private readonly Dictionary<int, Dictionary<string, string>> _shards = [];

    public int Shards { get; } = JsonDocument.Parse(Argument(File.ReadAllText(Path.Combine(site, "search", "meta.js")), "BSG.m(")).RootElement.GetProperty("shards").GetInt32();

    /// <summary>Bytes of index files the last query read: its shards and long lists.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The matching documents, best first (as search.js ranks them).</summary>
    public IReadOnlyList<int> Query(string query)
    {
        BytesRead = 0;
        var words = query.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => CodeQuery().IsMatch(w) ? [SearchTokens.CodeMark + w] : SearchTokens.OfText(w).ToList())
            .Where(tokens => tokens.Count > 0)
            .ToList();
        (List<int> Docs, List<int> Scores)? total = null;
        foreach (var tokens in words)
        {
            (List<int> Docs, List<int> Scores)? scores = null;
            foreach (var token in tokens)
            {
                var list = ListOf(token);
                scores = scores is null ? list : Intersect(scores.Value, list, Math.Min);
            }

            total = total is null ? scores : Intersect(total.Value, scores!.Value, (a, b) => a + b);
        }

        if (total is not { } found)
        {
            return [];
        }

        return Enumerable.Range(0, found.Docs.Count)
            .OrderByDescending(i => found.Scores[i]).ThenBy(i => found.Docs[i])
            .Select(i => found.Docs[i]).ToList();
    }

    /// <summary>The address of a document, from its excerpt file.</summary>
    public string PathOf(int doc) => Document(doc).GetProperty("u").GetString()!;

    public string TitleOf(int doc) => Document(doc).GetProperty("t").GetString()!;

    public int Documents => JsonDocument.Parse(Argument(File.ReadAllText(Path.Combine(_folder, "meta.js")), "BSG.m(")).RootElement.GetProperty("docs").GetInt32();

    private JsonElement Document(int doc)
    {
        var text = File.ReadAllText(Path.Combine(_folder, "d", $"{doc}.js"));
        return JsonDocument.Parse(Argument(text, $"BSG.d({doc},")).RootElement;
    }

    private (List<int> Docs, List<int> Scores) ListOf(string token)
    {
        var shard = (int)(SearchTokens.Hash(token) % (uint)Shards);
        if (!_shards.TryGetValue(shard, out var tokens))
        {
            var text = File.ReadAllText(Path.Combine(_folder, "t", $"{shard}.js"));
            tokens = JsonSerializer.Deserialize<Dictionary<string, string>>(Argument(text, $"BSG.t({shard},"))!;
            _shards[shard] = tokens;
            BytesRead += new FileInfo(Path.Combine(_folder, "t", $"{shard}.js")).Length;
        }

        var raw = tokens.GetValueOrDefault(token) ?? string.Empty;
        if (raw.StartsWith('@'))
        {
            var file = Path.Combine(_folder, "l", $"{shard}-{raw[1..]}.js");
            BytesRead += new FileInfo(file).Length;
            var call = File.ReadAllText(file);
            var packed = JsonSerializer.Deserialize<string>(Argument(call, $"BSG.l(\"{shard}-{raw[1..]}\","))!;
            raw = PostingCodec.Unpack(packed);
        }

        return Decode(raw);
    }

    private static (List<int> Docs, List<int> Scores) Decode(string raw)
    {
        var docs = new List<int>();
        var scores = new List<int>();
        var doc = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var value = 0;
            var shift = 0;
            int c;
            do
            {
                c = Alphabet.IndexOf(raw[i++], StringComparison.Ordinal);
                value += (c & 31) << shift;
                shift += 5;
            }
            while ((c & 32) != 0);

            doc += value;
            docs.Add(doc);
            scores.Add(Alphabet.IndexOf(raw[i++], StringComparison.Ordinal));
        }

        return (docs, scores);
    }

    private static (List<int> Docs, List<int> Scores) Intersect((List<int> Docs, List<int> Scores) a, (List<int> Docs, List<int> Scores) b, Func<int, int, int> combine)
    {
        var docs = new List<int>();
        var scores = new List<int>();
        int i = 0, j = 0;
        while (i < a.Docs.Count && j < b.Docs.Count)
        {
            if (a.Docs[i] < b.Docs[j])
            {
                i++;
            }
            else if (a.Docs[i] > b.Docs[j])
            {
                j++;
            }
            else
            {
                docs.Add(a.Docs[i]);
                scores.Add(combine(a.Scores[i++], b.Scores[j++]));
            }
        }

        return (docs, scores);
    }

    /// <summary>The data argument of a script such as <c>BSG.t(3,{…});</c>.</summary>
    private static string Argument(string script, string prefix)
    {
        Assert.StartsWith(prefix, script);
        var end = script.LastIndexOf(");", StringComparison.Ordinal);
        return script[prefix.Length..end];
    }

    [GeneratedRegex(@"^\d{3,7}$")]
    private static partial Regex CodeQuery();
}
