using System.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Tooling;

/// <summary>
/// The install route .NET users expect: the package the repository builds, installed with
/// <c>dotnet tool install --tool-path</c> into an empty folder, builds a content folder that has no
/// themes/ beside it (the tool carries the default theme) into the same site as the repository's own command.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bsg-tool-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void The_installed_tool_builds_the_content_into_the_same_site_as_the_repository()
    {
        var packages = Path.Combine(_work, "packages");
        var toolPath = Path.Combine(_work, "tool");
        Dotnet(Repository.Root, "pack", Path.Combine(Repository.Root, "src", "BudgetSiteGen.Cli"), "-c", "Release",
            "--artifacts-path", Path.Combine(_work, "artifacts"), "-o", packages);

        // Only the package just made may be installed: no other source is asked.
        var config = Path.Combine(_work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        Dotnet(_work, "tool", "install", "BudgetSiteGen", "--tool-path", toolPath, "--configfile", config);

        var installed = Path.Combine(_work, "site");
        CopyFolder(Repository.Content, Path.Combine(installed, "content"));
        Run(installed, Path.Combine(toolPath, "budgetsitegen"), "build");

        var reference = Path.Combine(_work, "reference");
        var referenceRun = Support.Cli.Invoke(Repository.Root, "build", "-c", Repository.Content, "-o", reference);
        Assert.True(referenceRun.ExitCode == 0, referenceRun.StdErr);

        Assert.Equal(FilesUnder(reference), FilesUnder(Path.Combine(installed, "output")));
        var differing = FilesUnder(reference)
            .Where(file => !File.ReadAllBytes(Path.Combine(installed, "output", file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(reference, file))))
            .ToList();
        Assert.Empty(differing);
    }

    private static List<string> FilesUnder(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Dotnet(string workingDirectory, params string[] args) => Run(workingDirectory, "dotnet", args);

    private static void Run(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed:\n{stdout.Result}\n{stderr.Result}");
    }
}
