using BudgetSiteGen.Indexing;

namespace BudgetSiteGen.Tests.Indexing;

public sealed class SearchIndexTests
{
    [Fact]
    public void Chinese_text_becomes_overlapping_pairs_and_quotes_do_not_break_a_word()
    {
        Assert.Equal(["残疾", "疾儿", "儿童"], SearchTokens.OfText("残疾儿童"));
        Assert.Equal(["三公", "公经", "经费"], SearchTokens.OfText("“三公”经费"));
        Assert.Equal(["2024", "年预", "预算"], SearchTokens.OfText("2024年预算"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_text_is_tokenised_as_the_rules_say(int seed)
    {
        // The rules written out plainly, apart from the tokeniser: drop quotes and brackets, then every run of CJK
        // characters gives its overlapping pairs and every run of ASCII letters and digits of two or more, lowercased,
        // is one token; anything else separates.
        static List<string> Expected(string text)
        {
            var kept = new string(text.Where(c => !"“”‘’\"'「」『』《》〈〉（）()【】[]".Contains(c)).ToArray());
            var tokens = new List<string>();
            var i = 0;
            while (i < kept.Length)
            {
                var start = i;
                if (SearchTokens.IsCjk(kept[i]))
                {
                    while (i < kept.Length && SearchTokens.IsCjk(kept[i]))
                    {
                        i++;
                    }

                    for (var p = start; p + 1 < i; p++)
                    {
                        tokens.Add(kept.Substring(p, 2));
                    }
                }
                else if (char.IsAsciiLetterOrDigit(kept[i]))
                {
                    while (i < kept.Length && char.IsAsciiLetterOrDigit(kept[i]))
                    {
                        i++;
                    }

                    if (i - start >= 2)
                    {
                        tokens.Add(kept[start..i].ToLowerInvariant());
                    }
                }
                else
                {
                    i++;
                }
            }

            return tokens;
        }

        var random = new Random(seed);
        const string alphabet = "三公经费残疾人儿童预算支出aBzZ09 ，。、“”（）()【】-#\t\u3400\uF900\u00E9";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Expected(text), SearchTokens.OfText(text));
        }
    }

    [Fact]
    public void A_code_is_indexed_with_every_prefix_from_a_class_down()
    {
        Assert.Equal(["#208", "#2081", "#20811", "#208110", "#2081104"], SearchTokens.OfCode("2081104"));
    }

    [Fact]
    public void The_hash_is_fnv1a_over_utf16_as_search_js_computes_it()
    {
        // FNV-1a of "a": (2166136261 ^ 97) * 16777619 mod 2^32 = 0xE40C292C, the published test vector.
        Assert.Equal(0xE40C292Cu, SearchTokens.Hash("a"));
    }

    [Fact]
    public void Postings_are_gaps_and_halved_scores_in_base64()
    {
        // Gaps 0, 1, 39 and scores 10, 20, 100: 0→A, 5→F; 1→B, 10→K; 39 = 7 + 32·1 → n then B, 50→y.
        Assert.Equal("AFBKnBy", PostingCodec.Encode([(0, 10), (1, 20), (40, 100)]));
    }

    [Fact]
    public void A_packed_long_list_unpacks_to_the_same_postings_and_is_much_smaller_when_pages_repeat()
    {
        // Forty-three pages a department-year, the token on three of them: the pattern a common word has.
        var encoded = PostingCodec.Encode(Enumerable.Range(0, 3000).Select(i => ((i / 3 * 43) + (i % 3 * 7), 15 + (i % 3))));

        var packed = PostingCodec.Pack(encoded);

        Assert.Equal(encoded, PostingCodec.Unpack(packed));
        Assert.True(packed.Length * 5 < encoded.Length, $"{packed.Length} packed against {encoded.Length}");
    }

    [Fact]
    public void A_token_on_every_page_keeps_every_page()
    {
        var postings = Index(Enumerable.Repeat(4, 50_000).ToArray());

        Assert.Equal(50_000, postings.Ordered().Count());
        Assert.Equal(Enumerable.Range(0, 50_000), postings.Ordered().Select(p => p.Doc));
    }

    [Theory]
    [InlineData(1, 5000, 1000, 45)]
    [InlineData(2, 5000, 0, 130)]
    [InlineData(3, 2500, 2400, 100)]
    public void Replacing_one_departments_documents_gives_what_indexing_everything_again_would(int seed, int documents, int first, int count)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, documents).Select(_ => random.Next(1, 60)).ToArray();
        var kept = Index(scores);
        // The department's pages now have the token on every other page only.
        var rebuilt = Enumerable.Range(first, count).Where(doc => doc % 2 == 0).Select(doc => (Doc: doc, Score: random.Next(1, 60))).ToList();
        for (var doc = first; doc < first + count; doc++)
        {
            scores[doc] = 0;
        }

        foreach (var (doc, score) in rebuilt)
        {
            scores[doc] = score;
        }

        var updated = kept.Replace([(first, first + count)], rebuilt);

        Assert.Equal(Index(scores).Ordered().ToList(), updated.Ordered().ToList());
    }

    private static TokenPostings Index(int[] scores)
    {
        var postings = new TokenPostings();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            // A score of 0 stands for a document without the token.
            if (scores[doc] > 0)
            {
                postings.Add(doc, scores[doc]);
            }
        }

        return postings;
    }
}
