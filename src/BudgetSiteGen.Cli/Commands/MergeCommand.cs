using System.CommandLine;
using BudgetSiteGen.Building;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>`budgetsitegen merge PART...`: joins the outputs of `build --shard K/N` into the whole site.</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var themes = CommonOptions.Themes();
        var parts = new Argument<DirectoryInfo[]>("parts")
        {
            Description = "The output folders of every shard build (build --shard 1/N … N/N).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("merge", "Join the parts of a sharded build into the site, identical to a single build.") { content, output, themes, parts };
        command.SetAction(parse =>
        {
            var build = CommonOptions.Build(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(themes));
            var options = new MergeOptions(build.ContentFolder, build.OutputFolder, build.ThemesFolder, parse.GetValue(parts)!.Select(p => p.FullName).ToList());
            return BuildCommand.Report(options.OutputFolder, () => SiteMerger.Merge(options, SilentProgress.Instance), progress => SiteMerger.Merge(options, progress));
        });
        return command;
    }
}
