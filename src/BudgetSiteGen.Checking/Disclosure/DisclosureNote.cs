using BudgetSiteGen.Model;

namespace BudgetSiteGen.Disclosure;

/// <summary>
/// One line of evidence or reasoning behind an outcome: a key the theme words ("disclosure_note_" + key, with {0}, {1} …
/// filled from <see cref="Values"/>, which come from the data), and where in the report it points, when it points at a
/// table or a narrative section, so that a page can link it.
/// </summary>
public sealed record DisclosureNote(string Key, IReadOnlyList<string> Values)
{
    /// <summary>
    /// Money units written after amounts among <see cref="Values"/>: each fills the placeholder after the last value
    /// ({2} after {0} and {1}), in the words of the page's language.
    /// </summary>
    public IReadOnlyList<MoneyUnit> Units { get; init; } = [];

    /// <summary>The printed number of the table the note is about.</summary>
    public int? Table { get; init; }

    /// <summary>The id of the narrative section the note is about.</summary>
    public string? Section { get; init; }

    public static DisclosureNote Of(string key, params string[] values) => new(key, values);
}
