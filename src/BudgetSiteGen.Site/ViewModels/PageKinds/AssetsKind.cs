using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.ViewModels.PageKinds;

/// <summary>国有资产: vehicles, floor area and equipment held and planned, with the narrative's item on assets.</summary>
public sealed class AssetsKind : DepartmentYearPageKind
{
    public override string MenuKey => "menu_assets";

    public override string? NarrativeSection => NarrativeSections.Assets;

    public override string? Address(string folder) => SitePaths.Assets(folder);

    public override IEnumerable<PageJob> Build(PageKindContext c)
    {
        var facts = new FactList(c.Text);
        var byUse = new List<FactRow>();
        var planned = new FactList(c.Text);
        var plannedByUse = new List<FactRow>();
        string? asOf = null;
        if (c.Year.Assets is { } assets)
        {
            asOf = assets.AsOf is { } date ? c.Text.Format("as_of", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;
            if (assets.Vehicles is { } vehicles)
            {
                facts.Count("vehicles_establishment", vehicles.Establishment).Count("vehicles_actual", vehicles.Actual);
                byUse.AddRange(vehicles.ByUse.Select(use => new FactRow(use.Label ?? c.Text.Get("vehicle_use_" + use.Key), Count(use.Count))));
            }

            if (assets.FloorAreaSquareMetres is { } area)
            {
                facts.Fact("floor_area", AmountText.Format(area) + " " + c.Text.Get("square_metres"));
            }

            facts.Count("equipment_over_500k", assets.Equipment?.Over500Thousand).Count("equipment_over_1m", assets.Equipment?.OverOneMillion);
            if (assets.Planned is { } plan)
            {
                planned.Count("planned_vehicles", plan.Vehicles);
                plannedByUse.AddRange(plan.VehiclesByUse.Select(use => new FactRow(use.Label ?? c.Text.Get("vehicle_use_" + use.Key), Count(use.Count))));
                planned.Count("equipment_over_500k", plan.Equipment?.Over500Thousand).Count("equipment_over_1m", plan.Equipment?.OverOneMillion);
            }
        }

        var text = MarkdownText.ToHtml(c.Year.Narrative.FirstOrDefault(n => n.Id == NarrativeSection)?.Body);
        yield return c.Page(SitePaths.Assets(c.Folder), MenuKey, "assets", new AssetsContent(asOf, facts.Facts, byUse, text)
        {
            Planned = planned.Facts,
            PlannedByUse = plannedByUse,
        });
    }

    public override IEnumerable<SearchEntry> Search(PageKindContext c) =>
    [
        new(SitePaths.Assets(c.Folder), c.Text.Get(MenuKey), "other",
            [new(c.Year.Narrative.FirstOrDefault(n => n.Id == NarrativeSection)?.Body ?? string.Empty, SearchWeight.Body)]),
    ];
}
