using System.CommandLine;
using BudgetSiteGen.Archiving;
using BudgetSiteGen.Building;
using BudgetSiteGen.Publishing;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>
/// `budgetsitegen archive`: builds the site and writes it as a BagIt 1.0 bag plus a zip of the bag, for
/// permanent snapshots; `--verify` checks an existing bag instead.
/// </summary>
public static class ArchiveCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var bag = new Option<DirectoryInfo>("--bag")
        {
            Description = "The bag folder to write (replaced if it is a bag BudgetSiteGen wrote); with --verify, a bag folder or its .zip.",
            DefaultValueFactory = _ => new DirectoryInfo("archive/budgetsitegen-bag"),
        };
        var verify = new Option<bool>("--verify") { Description = "Check the bag's (or the zip's) checksums and files instead of writing it." };
        var command = new Command("archive", "Write the site as a BagIt 1.0 bag (RFC 8493) and a zip of it, or --verify an existing bag.") { content, themes, bag, verify };
        command.SetAction(parse => parse.GetValue(verify) ? Verify(parse.GetValue(bag)!) : Write(parse.GetValue(content)!, parse.GetValue(themes), parse.GetValue(bag)!));
        return command;
    }

    private static int Write(DirectoryInfo content, DirectoryInfo? themes, DirectoryInfo bag)
    {
        var options = CommonOptions.Build(content, bag, themes);
        if (BagDestination.Check(bag.FullName, KeptFolder.Of(options.ContentFolder, options.ThemesFolder)) is { } refusal)
        {
            DiagnosticPrinter.Print([refusal], Console.Error);
            Console.Error.WriteLine("archive refused: no bag was written.");
            return ExitCodes.OutputError;
        }

        var site = Path.Combine(Path.GetTempPath(), "budgetsitegen-archive-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(CommonOptions.Build(content, new DirectoryInfo(site), themes), SilentProgress.Instance);
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("archive failed: the site does not build; no bag was written.");
                return ExitCodes.ContentErrors;
            }

            var loaded = Loading.ContentLoader.Load(content.FullName).Content!;
            if (bag.Exists)
            {
                bag.Delete(recursive: true);
            }

            BagWriter.Write(site, bag.FullName, loaded, DataVersion.OfSite(loaded));
            var zip = BagDestination.ZipOf(bag.FullName);
            BagWriter.Zip(bag.FullName, zip);
            Console.WriteLine($"bag written to {bag.FullName} and {zip}");
            return ExitCodes.Success;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: the bag could not be written: {ex.Message}");
            return ExitCodes.OutputError;
        }
        finally
        {
            if (Directory.Exists(site))
            {
                Directory.Delete(site, recursive: true);
            }
        }
    }

    private static int Verify(DirectoryInfo bag)
    {
        var problems = BagVerifier.Verify(bag.FullName);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"error: {problem}");
        }

        Console.WriteLine(problems.Count == 0 ? $"{bag.FullName}: valid BagIt 1.0 bag." : $"{bag.FullName}: {problems.Count} problem(s).");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
