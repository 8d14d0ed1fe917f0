using System.Diagnostics;
using BudgetSiteGen.Building;
using BudgetSiteGen.Cli;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Cli;

/// <summary>
/// While someone edits content, `serve` keeps the last good site served: a rebuild that fails, on errors
/// in the content or on any exception, prints why and changes nothing, and the next good edit is built.
/// </summary>
public sealed class ServeRebuildTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_edit_that_breaks_the_yaml_keeps_the_previous_site_served_and_the_next_good_edit_is_built()
    {
        using var scratch = new ScratchContent();
        var report = scratch.Report("a.yaml", MinimalReport.Text);
        var port = FreePort.Find();
        using var serve = Support.Cli.Start(scratch.Root, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var lines = new OutputLines(serve);
        try
        {
            await lines.Expect("Serving ", Patience);
            var before = await RawHttp.SendAsync(port, "/");
            Assert.Equal(200, before.Status);

            // An unclosed flow sequence: once, the loader's exception ended serve with exit code 134.
            var failed = lines.Expect("still serving the previous site", Patience);
            File.WriteAllText(report, MinimalReport.Text.Replace("  year: 2024", "  year: [2024", StringComparison.Ordinal));
            await failed;
            var during = await RawHttp.SendAsync(port, "/");

            Assert.False(serve.HasExited, $"serve stopped with exit code {(serve.HasExited ? serve.ExitCode : 0)}:\n{lines.All}");
            Assert.Equal(200, during.Status);
            Assert.Equal(before.Body, during.Body);

            var built = lines.Expect("built ", Patience);
            File.WriteAllText(report, MinimalReport.Text.Replace("title: 测试报告", "title: 改正后的报告", StringComparison.Ordinal));
            await built;
            Assert.Equal(200, (await RawHttp.SendAsync(port, "/")).Status);
            Assert.False(serve.HasExited);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_as_a_bug_and_the_watcher_keeps_watching()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bsg-rebuild-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (output, error) = (new StringWriter(), new StringWriter());
        var attempts = 0;
        var rebuilder = new SiteRebuilder(() => ++attempts == 1 ? throw new InvalidOperationException("planted by the test") : new BuildResult(true, [], 7, 9, 100), output, error);
        var finished = new List<bool>();
        var second = new TaskCompletionSource();
        rebuilder.Finished += succeeded =>
        {
            lock (finished)
            {
                finished.Add(succeeded);
                if (finished.Count == 2)
                {
                    second.TrySetResult();
                }
            }
        };
        try
        {
            // The watcher calls back on a timer thread, where an escaping exception would end the whole process.
            using var watcher = new RebuildWatcher([folder], () => rebuilder.Rebuild());
            File.WriteAllText(Path.Combine(folder, "first.yaml"), "a: 1");
            await WaitUntil(() => { lock (finished) { return finished.Count == 1; } });
            File.WriteAllText(Path.Combine(folder, "second.yaml"), "a: 2");
            await second.Task.WaitAsync(Patience);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.Equal([false, true], finished.Take(2));
        Assert.StartsWith("internal error: InvalidOperationException: planted by the test", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("This is a bug in BudgetSiteGen", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("build stopped by an internal error; still serving the previous site.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("built 7 pages.", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "nothing happened in time");
            await Task.Delay(50);
        }
    }
}
