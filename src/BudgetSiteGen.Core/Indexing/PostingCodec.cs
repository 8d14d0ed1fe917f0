using System.Text;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Writes a token's postings as one short string: for each document the gap from the previous one as a
/// little-endian base-64 varint (5 bits a character, the sixth bit says "more"), then its score, halved,
/// as one character. A leading '!' marks a list cut at <see cref="TokenPostings.Limit"/>. About three
/// bytes a posting, against seven or more as JSON numbers; search.js decodes it.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    public const char Truncated = '!';

    public static string Encode(IEnumerable<(int Doc, int Score)> postings, bool truncated)
    {
        var text = new StringBuilder(truncated ? "!" : string.Empty);
        var previous = 0;
        foreach (var (doc, score) in postings)
        {
            var gap = doc - previous;
            previous = doc;
            do
            {
                var bits = gap & 31;
                gap >>= 5;
                text.Append(Alphabet[bits | (gap > 0 ? 32 : 0)]);
            }
            while (gap > 0);

            text.Append(Alphabet[Math.Min(63, score >> 1)]);
        }

        return text.ToString();
    }
}
