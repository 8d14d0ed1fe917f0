using System.CommandLine;
using System.Net;
using BudgetSiteGen.Building;

namespace BudgetSiteGen.Cli.Commands;

/// <summary>
/// `budgetsitegen serve`: builds, serves the output on 127.0.0.1 for a local preview, and rebuilds
/// whenever a file under the content folder or the themes folder changes. A failed rebuild prints its
/// diagnostics and keeps serving the last good site.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var themes = CommonOptions.Themes();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on, on 127.0.0.1 only.", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build, serve the site on 127.0.0.1 and rebuild when content or theme files change.") { content, output, themes, port };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(themes), parse.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo content, DirectoryInfo output, DirectoryInfo? themes, int port, CancellationToken cancel)
    {
        var options = CommonOptions.Build(content, output, themes) with { CacheFolder = BuildCommand.CacheFolderFor(output.FullName) };
        var rebuilder = new SiteRebuilder(() => SiteBuilder.Build(options, SilentProgress.Instance), Console.Out, Console.Error);
        if (rebuilder.Rebuild() is { Refused: true })
        {
            return ExitCodes.OutputError;
        }

        PreviewServer server;
        try
        {
            server = PreviewServer.Start(options.OutputFolder, port, Console.Error);
        }
        catch (HttpListenerException ex)
        {
            Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {ex.Message}. Choose another port with --port.");
            return ExitCodes.UsageError;
        }

        await using (server)
        {
            using var watcher = new RebuildWatcher([options.ContentFolder, options.ThemesFolder], () => rebuilder.Rebuild());
            Console.WriteLine($"Serving {output.FullName} at http://127.0.0.1:{port}/ — press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
        }

        return ExitCodes.Success;
    }
}
