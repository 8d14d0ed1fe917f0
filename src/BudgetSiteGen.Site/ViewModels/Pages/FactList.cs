namespace BudgetSiteGen.ViewModels.Pages;

/// <summary>
/// Collects labelled facts and texts for a page, leaving out what the report does not state, so that a
/// page never shows an empty label.
/// </summary>
public sealed class FactList(UiText text)
{
    public List<FactRow> Facts { get; } = [];

    public List<LabelledText> Texts { get; } = [];

    public FactList Fact(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Facts.Add(new FactRow(text.Get(key), value));
        }

        return this;
    }

    /// <summary>A count the report states, such as 编制人数; nothing when it states none.</summary>
    public FactList Count(string key, int? value) =>
        Fact(key, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public FactList Text(string key, string? markdown)
    {
        if (MarkdownText.ToHtml(markdown) is { } html)
        {
            Texts.Add(new LabelledText(text.Get(key), html));
        }

        return this;
    }
}
