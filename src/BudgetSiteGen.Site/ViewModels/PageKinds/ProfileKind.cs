using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>部门概况: duties, organisation, staff and the units the report covers.</summary>
public sealed class ProfileKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_profile";

    public override string? Address(string folder) => SitePaths.Profile(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        yield return c.Page(SitePaths.Profile(c.Folder), MenuKey, "profile", Profile(c));
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
    [
        new(SitePaths.Profile(c.Folder), c.Text.Get(MenuKey), "other",
            [new(c.Year.Overview.Duties ?? string.Empty, SearchWeight.Body), new(c.Year.Overview.Organisation ?? string.Empty, SearchWeight.Body)]),
    ];

    private static ProfileContent Profile(PageKindContext c)
    {
        var facts = new FactList(c.Text);
        if (c.Year.Overview.Staffing is { } staffing)
        {
            facts.Count("staff_authorised", staffing.Authorised);
            facts.Count("staff_active", staffing.Active);
            facts.Count("staff_retired", staffing.Retired);
            facts.Facts.AddRange(staffing.Breakdown.Select(g => new FactRow(g.Label, g.Note is null ? Count(g.Count) : $"{Count(g.Count)}（{g.Note}）")));
        }

        return new ProfileContent(MarkdownText.ToHtml(c.Year.Overview.Duties), MarkdownText.ToHtml(c.Year.Overview.Organisation), facts.Facts)
        {
            Units = c.Year.Units.Select(unit => UnitRowOf(c.Text, unit)).ToList(),
        };
    }

    private static UnitRow UnitRowOf(UiText text, SubordinateUnit unit)
    {
        var type = unit.Type is { } t ? text.Get("unit_type_" + UnitTypeName(t)) : text.Get("unit_not_stated");
        var budget = unit.OwnBudget switch
        {
            true => text.Get("unit_own_budget"),
            false => text.Get("unit_merged_budget"),
            null => text.Get("unit_not_stated"),
        };
        return new UnitRow(unit.Name, type, budget, unit.Note);
    }

    /// <summary>The type as the data format writes it, which also keys its words in the theme.</summary>
    private static string UnitTypeName(UnitType type) => Validation.UnitsBinder.Types.First(pair => pair.Value == type).Key;
}
