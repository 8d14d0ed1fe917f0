using System.Diagnostics;
using System.Text;

namespace BudgetSiteGen.Tests.Support;

/// <summary>Collects what a running process prints, on both streams, so a test can wait for a line.</summary>
public sealed class OutputLines
{
    private readonly StringBuilder _all = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];
    private readonly Lock _gate = new();

    public OutputLines(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string All
    {
        get
        {
            lock (_gate)
            {
                return _all.ToString();
            }
        }
    }

    /// <summary>
    /// Completes when a line containing <paramref name="text"/> is printed after this call; call it before
    /// doing what makes the line appear.
    /// </summary>
    public Task Expect(string text, TimeSpan patience)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waits.Add((text, seen));
        }

        return WaitAsync(text, seen, patience);
    }

    private async Task WaitAsync(string text, TaskCompletionSource seen, TimeSpan patience)
    {
        try
        {
            await seen.Task.WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no line with '{text}' within {patience.TotalSeconds} s; the process printed:\n{All}");
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _all.AppendLine(line);
            foreach (var wait in _waits.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                wait.Seen.TrySetResult();
                _waits.Remove(wait);
            }
        }
    }
}
