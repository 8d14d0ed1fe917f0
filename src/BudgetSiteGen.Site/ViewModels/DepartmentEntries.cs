using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// A department with its years as listed on the home, jurisdiction and department pages, each with its grand total in
/// <see cref="ListingUnit"/>: a listing sets many reports one under another, so they share one unit whatever unit
/// each is printed in (converted exactly).
/// </summary>
public sealed class DepartmentEntries(SiteIndex index, UiText text)
{
    public const MoneyUnit ListingUnit = MoneyUnit.TenThousandYuan;

    public DepartmentEntry Build(string fromPage, IReadOnlyList<DepartmentYearSummary> years)
    {
        var latest = years.OrderByDescending(y => y.Year).ThenByDescending(y => y.Edition).First();
        var entries = years
            .OrderByDescending(y => y.Year)
            .ThenBy(y => y.Kind)
            .ThenByDescending(y => y.Edition)
            .Select(y => new YearEntry(y.Year, y.YearLabel, SitePaths.Relative(fromPage, SitePaths.Overview(y.Folder)),
                y.Total.In(ListingUnit).Amount is { } total ? AmountText.Format(total) : null, text.UnitName(ListingUnit)))
            .ToList();
        var href = SitePaths.Relative(fromPage, latest.DepartmentPath);
        return new DepartmentEntry(latest.DepartmentName, index.KindName(latest.KindId), href == SitePaths.Relative(fromPage, fromPage) ? null : href, entries);
    }
}
