using BudgetSiteGen.Building;
using Spectre.Console;

namespace BudgetSiteGen.Cli;

/// <summary>Shows each build stage as a progress bar in an interactive terminal.</summary>
public sealed class SpectreProgress(ProgressContext context) : IBuildProgress
{
    private ProgressTask? _current;

    public void Stage(string name, int total)
    {
        _current?.StopTask();
        _current = context.AddTask(name, maxValue: Math.Max(1, total));
    }

    public void Advance(int count = 1) => _current?.Increment(count);
}
