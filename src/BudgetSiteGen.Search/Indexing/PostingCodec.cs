using System.IO.Compression;
using System.Text;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Writes a token's postings as one short string: for each document the gap from the previous one as a
/// little-endian base-64 varint (5 bits a character, the sixth bit says "more"), then its score, halved,
/// as one character. About two or three bytes a posting, against seven or more as JSON numbers; search.js
/// decodes it. A long list is written packed (<see cref="Pack"/>): pages of one kind recur in every
/// department-year, so its gaps and scores repeat and deflate shrinks them several times over.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string Encode(IEnumerable<(int Doc, int Score)> postings)
    {
        var text = new StringBuilder();
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

    /// <summary>The encoded postings, raw-deflated and in base 64; search.js inflates them with DecompressionStream.</summary>
    public static string Pack(string encoded)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.ASCII.GetBytes(encoded));
        }

        return Convert.ToBase64String(packed.ToArray());
    }

    /// <summary>The inverse of <see cref="Pack"/>.</summary>
    public static string Unpack(string packed)
    {
        using var deflate = new DeflateStream(new MemoryStream(Convert.FromBase64String(packed)), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.ASCII);
        return reader.ReadToEnd();
    }
}
