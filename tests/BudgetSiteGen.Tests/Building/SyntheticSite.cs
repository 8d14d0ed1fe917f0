using BudgetSiteGen.Synthetic;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Building;

/// <summary>A throw-away content folder of synthetic department-years (several departments, three years each).</summary>
public sealed class SyntheticSite : IDisposable
{
    public SyntheticSite(int departmentYears)
    {
        Root = Path.Combine(Path.GetTempPath(), "bsg-synthetic-" + Guid.NewGuid().ToString("N"));
        Content = Path.Combine(Root, "content");
        new SyntheticContent(7, Repository.Content).Write(Content, departmentYears);
    }

    public string Root { get; }

    public string Content { get; }

    public string Folder(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
