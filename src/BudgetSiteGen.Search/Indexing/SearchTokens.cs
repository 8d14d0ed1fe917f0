using System.Text;

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
        var cjk = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (Transparent.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if (IsCjk(c))
            {
                foreach (var token in Flush(word))
                {
                    yield return token;
                }

                cjk.Append(c);
                continue;
            }

            foreach (var token in Pairs(cjk))
            {
                yield return token;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                foreach (var token in Flush(word))
                {
                    yield return token;
                }
            }
        }

        foreach (var token in Pairs(cjk).Concat(Flush(word)))
        {
            yield return token;
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

    private static IEnumerable<string> Pairs(StringBuilder run)
    {
        var text = run.ToString();
        run.Clear();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            yield return text.Substring(i, 2);
        }
    }

    private static IEnumerable<string> Flush(StringBuilder word)
    {
        if (word.Length >= 2)
        {
            yield return word.ToString();
        }

        word.Clear();
    }
}
