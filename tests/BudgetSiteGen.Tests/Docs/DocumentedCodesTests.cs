using System.Reflection;
using System.Text.RegularExpressions;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Docs;

/// <summary>
/// People search the documentation for the code a diagnostic or a finding printed: every code the program
/// can print has its row there, and no two meanings share a code.
/// </summary>
public sealed partial class DocumentedCodesTests
{
    [GeneratedRegex(@"BSG\d{3}")]
    private static partial Regex AnyCode();

    [GeneratedRegex(@"^\|\s*(BSG\d{3})\s*\|", RegexOptions.Multiline)]
    private static partial Regex TableRowCode();

    private static HashSet<string> RowsOf(string doc) =>
        TableRowCode().Matches(File.ReadAllText(Path.Combine(Repository.Root, "docs", doc)))
            .Select(match => match.Groups[1].Value)
            .ToHashSet();

    private static List<string> DiagnosticCodeValues() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void Every_diagnostic_code_has_its_row_in_the_diagnostics_doc()
    {
        var documented = RowsOf("diagnostics.md");
        Assert.Empty(DiagnosticCodeValues().Where(code => !documented.Contains(code)).Order());
    }

    [Fact]
    public void Every_rule_code_has_its_row_in_the_checks_doc()
    {
        var documented = RowsOf("checks.md");
        Assert.Empty(Auditor.Rules.Select(rule => rule.Code).Where(code => !documented.Contains(code)).Order());
    }

    [Fact]
    public void No_two_diagnostics_or_rules_share_a_code()
    {
        var codes = DiagnosticCodeValues().Concat(Auditor.Rules.Select(rule => rule.Code));
        var shared = codes.GroupBy(code => code).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(shared);
    }

    [Fact]
    public void Every_code_written_anywhere_in_the_program_is_documented()
    {
        var documented = RowsOf("diagnostics.md").Concat(RowsOf("checks.md")).ToHashSet();
        var written = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => AnyCode().Matches(File.ReadAllText(path)).Select(match => $"{match.Value} in {Path.GetRelativePath(Repository.Root, path)}"))
            .Distinct()
            .ToList();

        Assert.True(written.Count > 50, "the program's codes should be found in its source");
        Assert.Empty(written.Where(found => !documented.Contains(found[..6])).Order());
    }
}
