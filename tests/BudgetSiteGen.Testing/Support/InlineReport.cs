using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Tests.Support;

/// <summary>
/// A report of 上海市普陀区 written inline by a test: twelve fixed lines of header, then the lines the test gives, so
/// that a test can say on which line and column of its own text a diagnostic must point.
/// </summary>
public static class InlineReport
{
    /// <summary>The line of the first line a test adds after the header.</summary>
    public const int FirstAddedLine = 13;

    public static string Text(string kind, string unit, string? layout, params string[] lines) =>
        string.Join('\n', [
            "schema_version: 1",
            "report:",
            $"  kind: {kind}",
            "  year: 2024",
            "  title: 测试报告",
            $"  money_unit: {unit}",
            layout is null ? "  # no layout" : $"  layout: {layout}",
            "jurisdiction: \"310107\"",
            "department:",
            "  name: 上海市普陀区财政局",
            "  kind: finance",
            "tables:",
            .. lines,
        ]) + "\n";

    public static string FinalAccounts(params string[] lines) => Text("final_accounts", "万元", "shanghai-final-accounts", lines);

    /// <summary>The 1-based column of <paramref name="marker"/> on line <paramref name="line"/> of the text as written.</summary>
    public static int Column(string text, int line, string marker)
    {
        var source = text.Split('\n')[line - 1];
        var index = source.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not on line {line}: {source}");
        return index + 1;
    }

    /// <summary>Loads one report in a scratch content folder; the load may succeed (warnings) or fail (errors).</summary>
    public static LoadResult Load(string text, Action<ScratchContent>? prepare = null)
    {
        using var scratch = new ScratchContent();
        prepare?.Invoke(scratch);
        scratch.Report("shanghai-putuo/finance/2024-final-accounts.yaml", text);
        return ContentLoader.Load(scratch.Content);
    }

    /// <summary>The one diagnostic with <paramref name="code"/>, checked to point at <paramref name="marker"/> on <paramref name="line"/>.</summary>
    public static Diagnostic Single(LoadResult result, string code, string text, int line, string marker)
    {
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}"))}");
        var diagnostic = matching[0];
        Assert.Equal((line, Column(text, line, marker)), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Expected));
        return diagnostic;
    }
}
