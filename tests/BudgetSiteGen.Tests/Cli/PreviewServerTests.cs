using System.Net;
using System.Net.Sockets;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>
/// `serve` answers like a static host and nothing more: no request reads a file outside the site, a
/// malformed one is answered 400, and no request, however odd, stops the server.
/// </summary>
public sealed class PreviewServerTests(ServedFolder served) : IClassFixture<ServedFolder>
{
    /// <summary>Requests that try to leave the site or that no browser sends, with the status each must get.</summary>
    public static TheoryData<string, int> Attacks => new()
    {
        // The sibling folder "site-old" starts with the site's own name: a prefix test without a separator let it through.
        { "/..%2fsite-old%2fsecret.txt", 400 },
        { "/..%2Fsite-old%2Fsecret.txt", 400 },
        { "/../site-old/secret.txt", 400 },
        { "/../secret.txt", 400 },
        { "/sub/../../secret.txt", 400 },
        { "/./../secret.txt", 400 },
        { "/%2e%2e/secret.txt", 400 },
        { "/%2E%2E/secret.txt", 400 },
        { "/.%2e/secret.txt", 400 },
        { "/%2e./secret.txt", 400 },
        { "/%2e%2e%2fsecret.txt", 400 },
        { "/sub/%2e%2e/%2e%2e/secret.txt", 400 },
        { "//../secret.txt", 400 },
        { "/%2e/index.html", 400 },

        // Backslashes, raw or encoded, are separators on Windows.
        { "/..\\secret.txt", 400 },
        { "/..%5csecret.txt", 400 },
        { "/%5c..%5csecret.txt", 400 },
        { "/sub%5c..%5c..%5csecret.txt", 400 },

        // Decoded once, double encoding is a name with percent signs in it, which the site does not have.
        { "/%252e%252e%252fsecret.txt", 404 },
        { "/%252e%252e/secret.txt", 404 },
        { "/..%252fsite-old%252fsecret.txt", 404 },
        { "/%252e%252e%252fsite-old%252fsecret.txt", 404 },
        { "/%25%32%65%25%32%65/secret.txt", 404 },

        // Overlong UTF-8 forms of '.' and '/' are not UTF-8.
        { "/%c0%ae%c0%ae/secret.txt", 400 },
        { "/%c0%af..%c0%afsecret.txt", 400 },
        { "/%e0%80%ae%e0%80%ae/secret.txt", 400 },
        { "/%c1%9c..%c1%9csecret.txt", 400 },
        { "/%ff", 400 },

        // NUL ended the process once.
        { "/%00", 400 },
        { "/index.html%00", 400 },
        { "/index.html%00.txt", 400 },
        { "/%00/../secret.txt", 400 },

        // Broken percent escapes.
        { "/%", 400 },
        { "/%2", 400 },
        { "/a%2", 400 },
        { "/%zz", 400 },
        { "/%g0", 400 },
        { "/%%32%65", 400 },

        // Control characters: line breaks that would forge headers or log lines, escape sequences, DEL, C1.
        { "/%01", 400 },
        { "/%0d%0aSet-Cookie:%20x=y", 400 },
        { "/%1b[31mred", 400 },
        { "/%7f", 400 },
        { "/%c2%85", 400 },

        // Absurd lengths.
        { "/" + new string('a', 5000), 400 },
        { "/" + string.Concat(Enumerable.Repeat("a/", 2000)), 400 },
        { "/" + string.Concat(Enumerable.Repeat("%41", 1000)), 400 },

        // Well-formed, and still nothing outside the site.
        { "/%2fetc%2fpasswd", 404 },
        { "/etc/passwd", 404 },
        { "/link/secret.txt", 404 },
        { "/C:/Windows/win.ini", 404 },
        { "/secret.txt::$DATA", 404 },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_request_that_tries_to_leave_the_site_or_is_malformed_reads_nothing_outside_it(string target, int status)
    {
        var response = await RawHttp.SendAsync(served.Server.Port, target);

        Assert.True(response.Status == status, $"GET {Shown(target)} answered {response.Status}, not {status}: {response.Text[..Math.Min(200, response.Text.Length)]}");
        Assert.DoesNotContain(ServedFolder.Secret, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_in_the_path_is_answered_400_and_the_server_keeps_serving()
    {
        var nul = await RawHttp.SendAsync(served.Server.Port, "/%00");
        var home = await RawHttp.SendAsync(served.Server.Port, "/");

        Assert.Equal(400, nul.Status);
        Assert.Equal(200, home.Status);
        Assert.Equal("<h1>home</h1>", home.Text);
    }

    [Fact]
    public async Task Pages_folders_and_missing_files_are_answered_as_a_static_host_would()
    {
        var port = served.Server.Port;
        var folderWithoutSlash = await RawHttp.SendAsync(port, "/sub?x=1");
        var folder = await RawHttp.SendAsync(port, "/sub/");
        var missing = await RawHttp.SendAsync(port, "/no-such-page.html");
        var head = await RawHttp.SendAsync(port, "/index.html", "HEAD");
        var post = await RawHttp.SendAsync(port, "/index.html", "POST");

        Assert.Equal(301, folderWithoutSlash.Status);
        Assert.Equal("/sub/?x=1", folderWithoutSlash.Headers["Location"]);
        Assert.Equal((200, "<h1>sub</h1>"), (folder.Status, folder.Text));
        Assert.Equal("text/html; charset=utf-8", folder.Headers["Content-Type"]);
        Assert.Equal((404, "<h1>not here</h1>"), (missing.Status, missing.Text));
        Assert.Equal((200, "13", 0), (head.Status, head.Headers["Content-Length"], head.Body.Length));
        Assert.Equal(405, post.Status);
        Assert.Equal("GET, HEAD", post.Headers["Allow"]);
    }

    [Fact]
    public async Task The_server_listens_on_127_0_0_1_only()
    {
        // Every 127.x.y.z address reaches this machine; a server bound to all addresses would answer on 127.0.0.2 too.
        using var client = new TcpClient();
        var refused = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Parse("127.0.0.2"), served.Server.Port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    private static string Shown(string target) => target.Length > 80 ? target[..80] + $"… ({target.Length} characters)" : target;
}
