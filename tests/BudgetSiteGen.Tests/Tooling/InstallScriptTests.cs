using System.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Tooling;

/// <summary>
/// tests/install-test-dependencies.sh runs before every test run; it must find what is installed every
/// time and install only what is missing. The commands it asks are replaced here by small scripts, so the
/// test decides what the machine has and sees whether apt-get would run.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InstallScriptTests : IDisposable
{
    private readonly string _bin = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bsg-install-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    private void Command(string name, string body)
    {
        var path = Path.Combine(_bin, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>A machine with Chromium and bc, an ordinary user, and apt-get that notes when it is called.</summary>
    private void Machine(string fontFamilies, bool fontPackageInstalled)
    {
        Command("grep", "exec /usr/bin/grep \"$@\"");
        Command("chromium", "exit 0");
        Command("bc", "exit 0");
        Command("id", "echo 1000");
        Command("apt-get", $"echo called >> '{_bin}/apt-get.log'; exit 1");
        Command("dpkg-query", fontPackageInstalled ? "printf 'install ok installed'" : "exit 1");

        // The family named first, then far more than a pipe holds: a reader that stops at the first match
        // makes this writer die of SIGPIPE, as fc-list does on a machine with many fonts.
        Command("fc-list", $"printf '%s\\n' '{fontFamilies}'\n/usr/bin/yes 'DejaVu Sans' | /usr/bin/head -n 200000");
    }

    private (int ExitCode, string StdErr) Run()
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tests", "install-test-dependencies.sh"));
        start.Environment["PATH"] = _bin;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }

    [Fact]
    public void Installed_fonts_are_found_even_when_fc_list_has_more_to_say_and_nothing_is_installed()
    {
        Machine("Noto Sans CJK SC,Noto Sans CJK SC Regular", fontPackageInstalled: false);

        var (code, stderr) = Run();

        Assert.True(code == 0, $"exit {code}: {stderr}");
        Assert.False(File.Exists(Path.Combine(_bin, "apt-get.log")), "apt-get was run although everything is installed");
    }

    [Fact]
    public void Missing_fonts_are_named_and_only_they()
    {
        Machine("DejaVu Serif", fontPackageInstalled: false);

        var (code, stderr) = Run();

        Assert.Equal(1, code);
        Assert.Contains("The tests need: fonts-noto-cjk.", stderr);
        Assert.False(File.Exists(Path.Combine(_bin, "apt-get.log")));
    }

    [Fact]
    public void The_font_package_counts_as_installed_before_fontconfig_lists_it()
    {
        Machine("DejaVu Serif", fontPackageInstalled: true);

        Assert.Equal(0, Run().ExitCode);
    }
}
