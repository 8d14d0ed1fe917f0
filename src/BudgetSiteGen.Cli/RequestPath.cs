using System.Text;

namespace BudgetSiteGen.Cli;

/// <summary>
/// The path of an HTTP request, read strictly: percent-decoded exactly once, as UTF-8, into '/'-separated
/// segments. A request no static site could answer — a path that does not start with '/', a bad or
/// incomplete percent escape, bytes that are not UTF-8, a control character (NUL included), a backslash,
/// a "." or ".." segment, or an absurd length — has no path at all, and is answered 400.
/// </summary>
public static class RequestPath
{
    /// <summary>Far longer than any path of a site (the deepest are under 200 characters), far shorter than an attack needs.</summary>
    public const int MaxLength = 2048;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded segments of <paramref name="rawTarget"/> (as sent, query included), or null when the request is malformed.</summary>
    public static IReadOnlyList<string>? Parse(string? rawTarget)
    {
        if (rawTarget is null || rawTarget.Length > MaxLength || !rawTarget.StartsWith('/'))
        {
            return null;
        }

        var end = rawTarget.IndexOfAny(['?', '#']);
        var decoded = Decode(end < 0 ? rawTarget : rawTarget[..end]);
        if (decoded is null || decoded.Any(c => char.IsControl(c) || c == '\\'))
        {
            return null;
        }

        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Any(s => s is "." or "..") ? null : segments;
    }

    private static string? Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length || !Uri.IsHexDigit(encoded[i + 1]) || !Uri.IsHexDigit(encoded[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c > 0x7F)
            {
                // A request line is ASCII; anything else was not escaped by a client that follows the standard.
                return null;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
