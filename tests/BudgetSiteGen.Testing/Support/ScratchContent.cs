using System.Text;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// A throw-away content folder with the real shared lists and whatever report files a test writes,
/// deleted when the test ends.
/// </summary>
public sealed class ScratchContent : IDisposable
{
    public ScratchContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "bsg-test-" + Guid.NewGuid().ToString("N"));
        Content = Path.Combine(Root, "content");
        Directory.CreateDirectory(Path.Combine(Content, "reports"));
        foreach (var shared in new[] { "site.yaml", "jurisdictions.yaml", "department-kinds.yaml" })
        {
            File.Copy(Path.Combine(Repository.Content, shared), Path.Combine(Content, shared));
        }
    }

    public string Root { get; }

    public string Content { get; }

    public string Report(string name, string text) => ReportBytes(name, Encoding.UTF8.GetBytes(text));

    public string ReportBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Content, "reports", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
