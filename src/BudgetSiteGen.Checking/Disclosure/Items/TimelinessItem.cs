using System.Globalization;

namespace BudgetSiteGen.Disclosure.Items;

/// <summary>
/// The report was made public within 20 days of its approval (批复后20日内), counted in calendar days. Without both dates
/// the item is unknown, never met.
/// </summary>
public sealed class TimelinessItem : IDisclosureItem
{
    public const int DaysAllowed = 20;

    public string Id => "timeliness";

    public DisclosureResult Evaluate(DisclosureSubject subject)
    {
        var report = subject.Year.Report;
        var notes = new List<DisclosureNote>();
        if (report.Approved is null)
        {
            notes.Add(DisclosureNote.Of("approval_date_missing"));
        }

        // source.published is the same fact when the file gives it there instead: the day the document was published.
        var published = report.Published ?? subject.Year.Source?.Published;
        if (published is null)
        {
            notes.Add(DisclosureNote.Of("publication_date_missing"));
        }

        if (notes.Count > 0)
        {
            return new DisclosureResult(Id, DisclosureOutcome.Unknown, notes);
        }

        var days = published!.Value.DayNumber - report.Approved!.Value.DayNumber;
        var note = DisclosureNote.Of("publication_days", Iso(report.Approved.Value), Iso(published.Value),
            days.ToString(CultureInfo.InvariantCulture), DaysAllowed.ToString(CultureInfo.InvariantCulture));
        return new DisclosureResult(Id, days <= DaysAllowed ? DisclosureOutcome.Met : DisclosureOutcome.NotMet, [note]);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
