using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Where a finding is: a table cell (table, section, row, column), a card or one of its indicators, a
/// narrative item, or the department-wide form. <see cref="Description"/> says it in words.
/// </summary>
public sealed record FindingLocation(
    LocationKind Kind,
    Phrase Description,
    int? TableNumber = null,
    string? SectionId = null,
    int? RowIndex = null,
    int? ColumnIndex = null,
    string? CardId = null,
    string? IndicatorColumn = null,
    int? IndicatorIndex = null,
    string? NarrativeId = null);
