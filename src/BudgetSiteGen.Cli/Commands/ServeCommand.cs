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
        Rebuild(options);

        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException ex)
        {
            Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {ex.Message}. Choose another port with --port.");
            return ExitCodes.UsageError;
        }

        using var watcher = new RebuildWatcher([options.ContentFolder, options.ThemesFolder], () => Rebuild(options));
        Console.WriteLine($"Serving {output.FullName} at http://127.0.0.1:{port}/ — press Ctrl+C to stop.");
        using var stop = cancel.Register(listener.Stop);
        while (listener.IsListening)
        {
            HttpListenerContext request;
            try
            {
                request = await listener.GetContextAsync();
            }
            catch (Exception) when (cancel.IsCancellationRequested || !listener.IsListening)
            {
                break;
            }

            await StaticFiles.ServeAsync(request, output.FullName);
        }

        return ExitCodes.Success;
    }

    private static void Rebuild(BuildOptions options)
    {
        var result = SiteBuilder.Build(options, SilentProgress.Instance);
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        Console.WriteLine(result.Succeeded
            ? $"{DateTime.Now:HH:mm:ss} built {result.Pages} pages."
            : $"{DateTime.Now:HH:mm:ss} build failed; still serving the previous site.");
    }
}
