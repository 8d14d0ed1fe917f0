using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// The record a rule keeps while it checks one report: every comparison it makes, and everything it wanted to
/// compare but could not, in words a reader understands. <see cref="Compare"/> counts comparisons itself.
/// </summary>
public sealed class RuleRun
{
    private readonly List<Phrase> _notChecked = [];
    private Phrase? _notApplicable;

    public int Comparisons { get; private set; }

    public void Compared() => Comparisons++;

    /// <summary>Something the rule needed and did not find (a table, a column role, a readable cell).</summary>
    public void Missing(Phrase what)
    {
        if (!_notChecked.Contains(what))
        {
            _notChecked.Add(what);
        }
    }

    /// <summary>The rule's identity does not hold for this report, or the report has nothing of the kind.</summary>
    public void NotApplicable(Phrase why) => _notApplicable ??= why;

    public RuleCoverage Coverage(string ruleCode, Phrase nothingToCheck)
    {
        if (Comparisons > 0)
        {
            return new RuleCoverage(ruleCode, RuleStatus.Ran, Comparisons, null, _notChecked);
        }

        if (_notChecked.Count > 0)
        {
            return new RuleCoverage(ruleCode, RuleStatus.CouldNotRun, 0, Phrase.Join("audit_reasons_separator", _notChecked), _notChecked);
        }

        return new RuleCoverage(ruleCode, RuleStatus.NotApplicable, 0, _notApplicable ?? nothingToCheck, []);
    }
}
