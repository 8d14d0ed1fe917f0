using System.Buffers;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// How text becomes search tokens; search.js does exactly the same in the browser. Chinese has no spaces,
/// so every run of CJK characters is cut into overlapping pairs (残疾儿童 → 残疾 疾儿 儿童): any substring of
/// two or more characters is then found by asking for all its pairs. Quotes and brackets inside a run are
/// dropped (“三公”经费 reads as 三公经费). Latin words are lowercased; classification codes are indexed with
/// every prefix of three digits or more (#2081104 #208110 #20811 #2081 #208) so that 20811 finds 2081104.
/// </summary>
public static class SearchTokens
{
    public const char CodeMark = '#';

    private const string Transparent = "“”‘’\"'「」『』《》〈〉（）()【】[]";

    public static IEnumerable<string> OfText(string text)
    {
        var tokens = new List<string>();
        Visit(text, token => tokens.Add(token.ToString()));
        return tokens;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> in <see cref="OfText"/>'s order, each handed over as characters rather
    /// than a string: indexing a portal tokenises every page, and most tokens are already known.
    /// </summary>
    public static void Visit(string text, TokenVisitor visit)
    {
        // The run being read: CJK characters, or the lowercased letters and digits of a Latin word.
        var run = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        var length = 0;
        var cjk = false;
        try
        {
            foreach (var c in text)
            {
                if (Transparent.Contains(c, StringComparison.Ordinal))
                {
                    continue;
                }

                if (IsCjk(c))
                {
                    if (!cjk)
                    {
                        Word(run, length, visit);
                        length = 0;
                        cjk = true;
                    }

                    run[length++] = c;
                    continue;
                }

                if (cjk)
                {
                    Pairs(run, length, visit);
                    length = 0;
                    cjk = false;
                }

                if (char.IsAsciiLetterOrDigit(c))
                {
                    run[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    Word(run, length, visit);
                    length = 0;
                }
            }

            if (cjk)
            {
                Pairs(run, length, visit);
            }
            else
            {
                Word(run, length, visit);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(run);
        }
    }

    /// <summary>The code and every prefix of it that is at least a 类 (three digits).</summary>
    public static IEnumerable<string> OfCode(string code)
    {
        for (var length = 3; length <= code.Length; length++)
        {
            yield return CodeMark + code[..length];
        }
    }

    /// <summary>FNV-1a over UTF-16 code units: cheap, and the same in JavaScript (charCodeAt, Math.imul).</summary>
    public static uint Hash(string token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return hash;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static void Pairs(char[] run, int length, TokenVisitor visit)
    {
        for (var i = 0; i + 1 < length; i++)
        {
            visit(run.AsSpan(i, 2));
        }
    }

    private static void Word(char[] run, int length, TokenVisitor visit)
    {
        if (length >= 2)
        {
            visit(run.AsSpan(0, length));
        }
    }
}
