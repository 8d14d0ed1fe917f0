using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// Sends a request exactly as written, byte for byte, over a plain socket: HTTP clients clean up the paths
/// an attacker sends (collapsing "..", escaping backslashes), so they cannot test a server against them.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);
    }

    /// <summary>Sends METHOD TARGET HTTP/1.1; each character of <paramref name="target"/> is sent as one byte.</summary>
    public static async Task<Response> SendAsync(int port, string target, string method = "GET")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        var length = method is "POST" or "PUT" ? "Content-Length: 0\r\n" : string.Empty;
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{length}Connection: close\r\n\r\n"));
        using var received = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(received, timeout.Token);
        return Parse(received.ToArray());
    }

    private static Response Parse(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"no HTTP response head in {bytes.Length} bytes: {text[..Math.Min(200, text.Length)]}");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Response(status, headers, bytes[(end + 4)..]);
    }
}
