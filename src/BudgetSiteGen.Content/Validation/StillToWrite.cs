using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;

namespace BudgetSiteGen.Validation;

/// <summary>
/// A report whose narrative is an empty list has its tables but not yet its text, as <c>budgetsitegen import</c> writes
/// it: the warning names each part still to be written, so the person knows what to fill in before publishing.
/// </summary>
public static class StillToWrite
{
    public static void Report(DiagnosticSink sink, DataNode? narrative, bool hasOverview, bool hasPerformance, bool hasSource)
    {
        if (narrative is not SequenceNode { Items.Count: 0 })
        {
            return;
        }

        var missing = new List<string> { "narrative (the report's text sections)" };
        if (!hasOverview)
        {
            missing.Add("overview (duties, organisation, staffing)");
        }

        if (!hasPerformance)
        {
            missing.Add("performance (the performance-goal cards, if the report prints them)");
        }

        if (!hasSource)
        {
            missing.Add("source (the published document)");
        }

        sink.Warning(DiagnosticCodes.ReportStillToWrite, narrative.Line, narrative.Column,
            $"the report has its tables but is still to be written: {string.Join("; ", missing)}.",
            "the missing parts filled in from the published report (see docs/import.md)");
    }
}
