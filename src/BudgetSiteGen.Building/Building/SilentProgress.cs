namespace BudgetSiteGen.Building;

public sealed class SilentProgress : IBuildProgress
{
    public static readonly SilentProgress Instance = new();

    public void Stage(string name, int total)
    {
    }

    public void Advance(int count = 1)
    {
    }
}
