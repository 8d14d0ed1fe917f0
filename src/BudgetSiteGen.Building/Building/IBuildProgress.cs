namespace BudgetSiteGen.Building;

/// <summary>Lets the command line show progress without the library knowing how it is displayed.</summary>
public interface IBuildProgress
{
    void Stage(string name, int total);

    void Advance(int count = 1);
}
