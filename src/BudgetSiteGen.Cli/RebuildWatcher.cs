namespace BudgetSiteGen.Cli;

/// <summary>
/// Watches folders and calls back once after a burst of changes has settled, since an editor's save
/// is often several file events in a row.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public RebuildWatcher(IEnumerable<string> folders, Action rebuild)
    {
        _timer = new Timer(_ => rebuild(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            _watchers.Add(watcher);
        }
    }

    private void Schedule() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
