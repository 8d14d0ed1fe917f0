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
        Assert.Equal("AFBKnBy", PostingCodec.Encode([(0, 10), (1, 20), (40, 100)], truncated: false));
        Assert.Equal("!AF", PostingCodec.Encode([(0, 10)], truncated: true));
    }

    [Fact]
    public void A_very_common_token_keeps_its_best_documents_and_says_it_was_cut()
    {
        var postings = new TokenPostings();
        for (var doc = 0; doc < TokenPostings.Limit + 10; doc++)
        {
            postings.Add(doc, doc == TokenPostings.Limit + 5 ? 100 : 4);
        }

        Assert.True(postings.IsTruncated);
        Assert.Equal(TokenPostings.Limit, postings.Ordered().Count());
        Assert.Contains(postings.Ordered(), p => p.Doc == TokenPostings.Limit + 5);
        Assert.DoesNotContain(postings.Ordered(), p => p.Doc == TokenPostings.Limit + 9);
    }

    [Theory]
    [InlineData(1, 5000, 1000, 45)]
    [InlineData(2, 5000, 0, 130)]
    [InlineData(3, 2500, 2400, 100)]
    [InlineData(4, 1800, 100, 45)]
    public void Replacing_one_departments_documents_publishes_what_indexing_everything_again_would(int seed, int documents, int first, int count)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, documents).Select(_ => random.Next(1, 60)).ToArray();
        var kept = Index(scores);
        var rebuilt = Enumerable.Range(first, count).Select(doc => (Doc: doc, Score: random.Next(1, 60))).ToList();
        foreach (var (doc, score) in rebuilt)
        {
            scores[doc] = score;
        }

        Assert.True(kept.Replace([(first, first + count)], rebuilt));

        var fresh = Index(scores);
        Assert.Equal(fresh.Ordered().ToList(), kept.Ordered().ToList());
        Assert.Equal(fresh.IsTruncated, kept.IsTruncated);
    }

    [Fact]
    public void A_cut_list_that_loses_more_than_its_margin_asks_for_everything_to_be_indexed_again()
    {
        var kept = Index(Enumerable.Repeat(10, TokenPostings.Limit + TokenPostings.Margin + 500).ToArray());

        Assert.False(kept.Replace([(0, TokenPostings.Margin + 1)], []));
    }

    private static TokenPostings Index(int[] scores)
    {
        var postings = new TokenPostings();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            postings.Add(doc, scores[doc]);
        }

        return postings;
    }
}
