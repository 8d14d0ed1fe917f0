using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetSiteGen.Checking;
using BudgetSiteGen.ViewModels;

namespace BudgetSiteGen.Cli;

/// <summary>
/// Prints audit findings for people (grouped by file, then by rule) or as JSON for tools, with what every
/// rule checked: a rule that could not run is named with what it missed, so an unchecked report never looks clean.
/// </summary>
public static class FindingsPrinter
{
    public static void PrintText(IReadOnlyList<AuditReport> reports, UiText text, TextWriter writer)
    {
        var rules = Auditor.Rules.ToDictionary(r => r.Code, r => text.Say(r.Description));
        foreach (var report in reports)
        {
            writer.WriteLine($"{report.Year.SourceFile} · {report.Year.Department.Name} {report.Year.Report.Year}: {report.Discrepancies} discrepancies, {report.Roundings} rounding differences");
            writer.WriteLine($"  rules: {report.RulesRan} ran, {report.RulesNotApplicable} not applicable, {report.RulesCouldNotRun} could not run");
            foreach (var unrun in report.Coverage.Where(c => c.Status == RuleStatus.CouldNotRun))
            {
                writer.WriteLine($"    {unrun.RuleCode} could not run: {text.SayOrNull(unrun.Reason)}");
            }

            foreach (var group in report.Findings.GroupBy(f => f.RuleCode))
            {
                writer.WriteLine($"  {group.Key} {rules[group.Key]}");
                foreach (var finding in group)
                {
                    var kind = finding.Kind == FindingKind.Rounding ? "rounding" : "discrepancy";
                    writer.WriteLine($"    [{kind}] {text.Say(finding.Location.Description)}");
                    writer.WriteLine($"      {text.Say(finding.Message)}");
                }
            }
        }
    }

    public static void PrintJson(IReadOnlyList<AuditReport> reports, UiText text, TextWriter writer)
    {
        var document = new
        {
            rules = Auditor.Rules.Select(r => new { code = r.Code, description = text.Say(r.Description), severity = r.Severity.ToString().ToLowerInvariant() }),
            departmentYears = reports.Select(r => new
            {
                file = r.Year.SourceFile,
                jurisdiction = r.Year.JurisdictionCode,
                department = r.Year.Department.Name,
                year = r.Year.Report.Year,
                kind = Model.WireNames.NameOf(r.Year.Report.Kind),
                edition = r.Year.Report.Edition,
                discrepancies = r.Discrepancies,
                roundings = r.Roundings,
                rulesRan = r.RulesRan,
                rulesNotApplicable = r.RulesNotApplicable,
                rulesCouldNotRun = r.RulesCouldNotRun,
                coverage = r.Coverage.Select(c => new
                {
                    rule = c.RuleCode,
                    status = Status(c.Status),
                    comparisons = c.Comparisons,
                    reason = text.SayOrNull(c.Reason),
                    notChecked = c.NotChecked.Select(text.Say),
                }),
                findings = r.Findings.Select(f => new
                {
                    rule = f.RuleCode,
                    kind = f.Kind == FindingKind.Rounding ? "rounding" : "discrepancy",
                    location = Location(f.Location, text),
                    message = text.Say(f.Message),
                    expected = f.Expected,
                    printed = f.Printed,
                    difference = f.Difference,
                    unit = f.Unit,
                    also = f.Also.Select(l => Location(l, text)),
                }),
            }),
        };
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        };
        writer.WriteLine(JsonSerializer.Serialize(document, options));
    }

    private static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Ran => "ran",
        RuleStatus.NotApplicable => "not_applicable",
        _ => "could_not_run",
    };

    private static object Location(FindingLocation l, UiText text) => new
    {
        kind = l.Kind.ToString(),
        description = text.Say(l.Description),
        table = l.TableNumber,
        section = l.SectionId,
        row = l.RowIndex,
        column = l.ColumnIndex,
        card = l.CardId,
        indicatorColumn = l.IndicatorColumn,
        indicator = l.IndicatorIndex,
        narrative = l.NarrativeId,
    };

    public static string Summary(IReadOnlyList<AuditReport> reports) => string.Create(CultureInfo.InvariantCulture,
        $"{reports.Sum(r => r.Discrepancies)} discrepancies and {reports.Sum(r => r.Roundings)} rounding differences in {reports.Count} department-years.");
}
