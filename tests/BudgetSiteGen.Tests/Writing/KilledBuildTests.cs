using System.Diagnostics;
using System.Security.Cryptography;
using BudgetSiteGen.Tests.Building;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Writing;

/// <summary>
/// A build can be killed at any moment — a CI job cancelled, a machine restarted. The output must then be
/// either the whole previous site or the whole new one, never a mixture and never missing, and the next
/// build must clean up what the killed one left. Each test runs the real command as a child process and
/// kills it after random delays spread over a whole build, so some land in the swap at its end.
/// </summary>
public sealed class KilledBuildTests
{
    private const int Runs = 10;

    /// <summary>
    /// A small site (a build is mostly the program starting, which keeps ten runs affordable) whose title is
    /// on every page, so two titles give two different sites.
    /// </summary>
    private sealed class TwoSites : IDisposable
    {
        private readonly ScratchContent _scratch = new();

        public TwoSites() => _scratch.Report("a.yaml", MinimalReport.Text);

        public string Root => _scratch.Root;

        public string Output => Path.Combine(Root, "output");

        public void UseTitle(int which)
        {
            var site = Path.Combine(_scratch.Content, "site.yaml");
            var lines = File.ReadAllLines(Path.Combine(Repository.Content, "site.yaml"))
                .Select(l => l.StartsWith("title: ", StringComparison.Ordinal) ? $"title: 站点{which}" : l);
            File.WriteAllLines(site, lines);
        }

        /// <summary>Builds to completion and returns how long it took.</summary>
        public TimeSpan Build(params string[] options)
        {
            var clock = Stopwatch.StartNew();
            var run = Support.Cli.Invoke(Root, ["build", .. options]);
            Assert.True(run.ExitCode == 0, $"build {string.Join(' ', options)} failed:\n{run.StdErr}");
            return clock.Elapsed;
        }

        /// <summary>Starts a build and kills it after <paramref name="delay"/>, or lets it end if it ends first.</summary>
        public async Task BuildKilledAfter(TimeSpan delay, params string[] options)
        {
            using var build = Support.Cli.Start(Root, ["build", .. options]);
            var drained = Task.WhenAll(build.StandardOutput.ReadToEndAsync(), build.StandardError.ReadToEndAsync());
            if (!build.WaitForExit(delay))
            {
                build.Kill(entireProcessTree: true);
            }

            await build.WaitForExitAsync();
            await drained;
        }

        /// <summary>What a killed build may have left beside the output.</summary>
        public List<string> LeftBeside() =>
            Directory.EnumerateDirectories(Root, ".output.*").Select(Path.GetFileName).Where(n => n != ".output.cache").ToList()!;

        public void Dispose() => _scratch.Dispose();
    }

    [Fact]
    public async Task A_full_build_killed_at_any_moment_leaves_the_old_or_the_new_site_whole_and_the_next_build_cleans_up()
    {
        using var sites = new TwoSites();
        sites.UseTitle(1);
        var duration = sites.Build("--no-cache", "--output", "site-1");
        var manifests = new[] { Manifest(Path.Combine(sites.Root, "site-1")), string.Empty };
        sites.UseTitle(0);
        sites.Build("--no-cache");
        manifests[1] = Manifest(sites.Output);
        var seed = Environment.TickCount;
        var random = new Random(seed);

        for (var run = 0; run < Runs; run++)
        {
            sites.UseTitle(1 - (run % 2));
            var delay = KillMoment(duration, run, random);
            await sites.BuildKilledAfter(delay, "--no-cache");

            var problems = Whole(sites.Output);
            Assert.True(problems.Count == 0, $"run {run} (seed {seed}) killed after {delay.TotalMilliseconds:0} ms left a broken output:\n  " + string.Join("\n  ", problems.Take(20)));
            Assert.Contains(Manifest(sites.Output), manifests);
        }

        sites.Build("--no-cache");
        Assert.Empty(sites.LeftBeside());
        Assert.Empty(Whole(sites.Output));
    }

    [Fact]
    public async Task An_update_killed_at_any_moment_is_put_right_by_the_next_build()
    {
        using var sites = new TwoSites();
        sites.UseTitle(0);
        sites.Build("--no-cache", "--output", "fresh-0");
        sites.UseTitle(1);
        sites.Build("--no-cache", "--output", "fresh-1");
        var fresh = new[] { SiteFolders.Files(Path.Combine(sites.Root, "fresh-0")), SiteFolders.Files(Path.Combine(sites.Root, "fresh-1")) };
        var duration = sites.Build();
        var seed = Environment.TickCount;
        var random = new Random(seed);

        // Half the runs of the full build's test: each is followed by a whole build to check the repair.
        for (var run = 0; run < Runs / 2; run++)
        {
            var title = run % 2;
            sites.UseTitle(title);
            var delay = KillMoment(duration, run * 2, random);
            await sites.BuildKilledAfter(delay);
            sites.Build();

            Assert.True(fresh[title].SequenceEqual(SiteFolders.Files(sites.Output)),
                $"run {run} (seed {seed}): after an update killed at {delay.TotalMilliseconds:0} ms, the next build did not give the site a fresh build gives");
            Assert.Empty(sites.LeftBeside());
        }
    }

    /// <summary>
    /// Run i of ten is killed somewhere in the i-th tenth of 20 % to 120 % of a build's duration, so the runs
    /// cover the whole build, its start-up and its swap alike, and a few end on their own.
    /// </summary>
    private static TimeSpan KillMoment(TimeSpan duration, int run, Random random) =>
        duration * (0.2 + ((run + random.NextDouble()) / Runs));

    private static string Manifest(string site) => File.ReadAllText(Path.Combine(site, "manifest-sha256.txt"));

    /// <summary>Everything wrong with a site against its own manifest: a file missing, changed or not listed.</summary>
    private static List<string> Whole(string site)
    {
        if (!File.Exists(Path.Combine(site, "manifest-sha256.txt")))
        {
            return [$"{site} has no manifest-sha256.txt (exists: {Directory.Exists(site)})"];
        }

        var problems = new List<string>();
        var listed = File.ReadAllLines(Path.Combine(site, "manifest-sha256.txt")).ToDictionary(l => l[66..], l => l[..64], StringComparer.Ordinal);
        foreach (var (path, hash) in listed)
        {
            var file = Path.Combine(site, path);
            if (!File.Exists(file))
            {
                problems.Add($"{path} is missing");
            }
            else if (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) != hash)
            {
                problems.Add($"{path} does not match the manifest");
            }
        }

        // The manifest and the marker that says the folder is a build's output are the only files it does not list.
        var unlisted = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => f is not ("manifest-sha256.txt" or ".budgetsitegen") && !listed.ContainsKey(f));
        problems.AddRange(unlisted.Select(f => $"{f} is not in the manifest"));
        return problems;
    }
}
