using System.Text;
using System.Text.RegularExpressions;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// Makes malformed variants of a content file from a seeded random source, so every run makes the same ones:
/// byte flips, truncations, deleted and duplicated keys, values of another shape, extreme numbers, control
/// characters and unusual line breaks, invalid UTF-8, UTF-16 and byte order marks. Each mutant is one to three
/// mutations of the original.
/// </summary>
public sealed partial class Mutator(int seed)
{
    private static readonly string[] ExtremeNumbers =
    [
        "1e400", "-1e400", "1e-400", "9e999999999", "79228162514264337593543950336", "79228162514264337593543950335",
        "-79228162514264337593543950336", "1000000000000000000", "999999999999999999.99", "-0", "-0.00", "0.0000000000000000000000000000001",
        "1234567890123456789012345678901234567890", "12345678901234567890.123456789012345678901234567890", "NaN", "Infinity", "0x1F", "1_000", "+5", ".5", "5.",
    ];

    private static readonly string[] Characters =
    [
        "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u001b", "\0", "\u0001", "\u000b", "\u000c", "\u007f", "\u0090", "\t", "\ufeff", "\ufffe", "\uffff", "😀", "\u202e",
    ];

    private static readonly byte[][] BadBytes =
    [
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xFF], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ];

    private readonly Random _random = new(seed);

    public (byte[] Bytes, string Description) Mutate(string text, bool isJson)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var steps = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (next, step) = MutateOnce(bytes, isJson);
            bytes = next;
            steps.Add(step);
        }

        return (bytes, string.Join(" + ", steps));
    }

    private (byte[] Bytes, string Step) MutateOnce(byte[] bytes, bool isJson)
    {
        switch (_random.Next(12))
        {
            case 0:
                return FlipBytes(bytes);
            case 1:
                var cut = _random.Next(bytes.Length + 1);
                return (bytes[..cut], $"truncated at byte {cut}");
            case 2:
                var bad = BadBytes[_random.Next(BadBytes.Length)];
                var at = _random.Next(bytes.Length + 1);
                return ([.. bytes[..at], .. bad, .. bytes[at..]], $"bytes {Convert.ToHexString(bad)} at {at}");
            case 3:
                return Utf16(bytes);
        }

        // The text mutations work on decoded text; bytes already made invalid are decoded with replacement characters.
        var text = Encoding.UTF8.GetString(bytes);
        var (mutated, step) = _random.Next(9) switch
        {
            0 => DeleteKeyLine(text, isJson),
            1 => DuplicateKeyLine(text, isJson),
            2 => SwapShape(text, isJson),
            3 or 4 => ExtremeNumber(text),
            5 => InsertCharacter(text),
            6 => ReplaceLineBreaks(text),
            7 => Unquote(text),
            _ => LoneSurrogateEscape(text),
        };
        return (Encoding.UTF8.GetBytes(mutated), step);
    }

    private (byte[], string) FlipBytes(byte[] bytes)
    {
        var flipped = (byte[])bytes.Clone();
        var flips = 1 + _random.Next(4);
        for (var i = 0; i < flips && flipped.Length > 0; i++)
        {
            flipped[_random.Next(flipped.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return (flipped, $"{flips} bit flips");
    }

    private (byte[], string) Utf16(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return _random.Next(3) switch
        {
            0 => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "UTF-16 LE with BOM"),
            1 => (Encoding.BigEndianUnicode.GetBytes(text), "UTF-16 BE without BOM"),
            _ => ([0xEF, 0xBB, 0xBF, .. bytes], "UTF-8 BOM"),
        };
    }

    private (string, string) DeleteKeyLine(string text, bool isJson)
    {
        var lines = KeyLines(text, isJson);
        if (lines.Count == 0)
        {
            return (text, "no key to delete");
        }

        var line = lines[_random.Next(lines.Count)];
        return (text.Remove(line.Index, line.Length), $"deleted line '{Short(line.Value)}'");
    }

    private (string, string) DuplicateKeyLine(string text, bool isJson)
    {
        var lines = KeyLines(text, isJson);
        if (lines.Count == 0)
        {
            return (text, "no key to duplicate");
        }

        var line = lines[_random.Next(lines.Count)];
        return (text.Insert(line.Index, line.Value), $"duplicated line '{Short(line.Value)}'");
    }

    private (string, string) SwapShape(string text, bool isJson)
    {
        var values = (isJson ? JsonValue() : YamlValue()).Matches(text);
        if (values.Count == 0)
        {
            return (text, "no value to swap");
        }

        var value = values[_random.Next(values.Count)].Groups["value"];
        var replacement = _random.Next(4) switch
        {
            0 => isJson ? $"[{value.Value}]" : $"[{value.Value}]",
            1 => isJson ? $"{{\"x\": {value.Value}}}" : $"{{ x: {value.Value} }}",
            2 => isJson ? "[]" : "{}",
            _ => isJson ? "null" : "~",
        };
        return (text.Remove(value.Index, value.Length).Insert(value.Index, replacement), $"value '{Short(value.Value)}' made '{replacement}'");
    }

    private (string, string) ExtremeNumber(string text)
    {
        var numbers = Number().Matches(text);
        if (numbers.Count == 0)
        {
            return (text, "no number to replace");
        }

        var number = numbers[_random.Next(numbers.Count)];
        var extreme = ExtremeNumbers[_random.Next(ExtremeNumbers.Length)];
        return (text.Remove(number.Index, number.Length).Insert(number.Index, extreme), $"number {number.Value} made {extreme}");
    }

    private (string, string) InsertCharacter(string text)
    {
        var character = Characters[_random.Next(Characters.Length)];
        var at = _random.Next(text.Length + 1);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return (text.Insert(at, character), $"U+{(int)character[0]:X4} at {at}");
    }

    private (string, string) ReplaceLineBreaks(string text)
    {
        var lineBreak = new[] { "\r", "\r\n", "\u2028", "\u0085", "\n\n" }[_random.Next(5)];
        return (text.Replace("\n", lineBreak, StringComparison.Ordinal), $"every LF made U+{(int)lineBreak[0]:X4}");
    }

    /// <summary>A quoted value written plain: "2023-12-31" becomes a plain 2023-12-31, "059" a plain 059.</summary>
    private (string, string) Unquote(string text)
    {
        var quotes = DoubleQuoted().Matches(text);
        if (quotes.Count == 0)
        {
            return (text, "no quoted text");
        }

        var quote = quotes[_random.Next(quotes.Count)];
        return (text.Remove(quote.Index, quote.Length).Insert(quote.Index, quote.Value[1..^1]), $"unquoted {Short(quote.Value)}");
    }

    private (string, string) LoneSurrogateEscape(string text)
    {
        var quotes = DoubleQuoted().Matches(text);
        if (quotes.Count == 0)
        {
            return (text, "no quoted text");
        }

        var quote = quotes[_random.Next(quotes.Count)];
        var escape = new[] { "\\ud800", "\\udfff", "\\ud83d", "\\u0000", "\\x1b", "\\e", "\\N", "\\L" }[_random.Next(8)];
        return (text.Insert(quote.Index + 1, escape), $"escape {escape} in {Short(quote.Value)}");
    }

    private static List<Match> KeyLines(string text, bool isJson) =>
        (isJson ? JsonKeyLine() : YamlKeyLine()).Matches(text).ToList();

    private static string Short(string text) => text.Length > 40 ? text[..40].Trim() + "…" : text.Trim();

    [GeneratedRegex(@"^[ \t-]*[A-Za-z_$][A-Za-z0-9_$]*:.*\n", RegexOptions.Multiline)]
    private static partial Regex YamlKeyLine();

    [GeneratedRegex(@"^\s*""[^""\n]+"":.*\n", RegexOptions.Multiline)]
    private static partial Regex JsonKeyLine();

    [GeneratedRegex(@"[A-Za-z_]+: (?<value>[^\s\[\]{},#][^\n,\]}]*)")]
    private static partial Regex YamlValue();

    [GeneratedRegex(@"""[^""\n]+"": (?<value>""[^""\n]*""|-?[0-9][0-9.eE+-]*|true|false|null)")]
    private static partial Regex JsonValue();

    [GeneratedRegex(@"-?[0-9]+(\.[0-9]+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"""[^""\n]{0,200}""")]
    private static partial Regex DoubleQuoted();
}
