using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Tests.Support;

public static class Load
{
    /// <summary>Loads a scratch folder holding one report file and returns the diagnostics with the given code.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(ScratchContent scratch, string code) =>
        ContentLoader.Load(scratch.Content).Diagnostics.Where(d => d.Code == code).ToList();

    public static Diagnostic Single(string fileName, string text, string code)
    {
        using var scratch = new ScratchContent();
        scratch.Report(fileName, text);
        var result = ContentLoader.Load(scratch.Content);
        Assert.Null(result.Content);
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}"))}");
        return matching[0];
    }
}
