using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>
/// Binds 国有资产占有使用情况: vehicles by use (the format's fixed categories, or the categories a province prints, in
/// their printed order), floor area, high-value equipment, and the purchases a budget plans.
/// </summary>
public sealed class AssetsBinder(Scalars scalars)
{
    private static readonly string[] FixedUses = ["leadership", "confidential", "emergency", "law_enforcement", "special_technical", "institution_business", "other"];

    public StateAssets? Bind(DataNode? node)
    {
        if (scalars.Mapping(node, "assets") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "assets", scalars.Sink, "as_of", "vehicles", "floor_area_m2", "equipment", "planned_purchases");
        VehicleCounts? vehicles = null;
        if (scalars.Mapping(f.Optional("vehicles"), "assets.vehicles") is { } vehicleMap)
        {
            var v = new Fields(vehicleMap, "assets.vehicles", scalars.Sink, "establishment", "actual", "by_use");
            vehicles = new VehicleCounts(scalars.Integer(v.Optional("establishment"), "vehicles.establishment"),
                scalars.Integer(v.Optional("actual"), "vehicles.actual"), Uses(v.Optional("by_use"), "vehicles.by_use"));
        }

        return new StateAssets(scalars.Date(f.Optional("as_of"), "assets.as_of"), vehicles,
            scalars.Quantity(f.Optional("floor_area_m2"), "assets.floor_area_m2"), Equipment(f.Optional("equipment"), "assets.equipment"))
        {
            Planned = Planned(f.Optional("planned_purchases")),
        };
    }

    private PlannedPurchases? Planned(DataNode? node)
    {
        if (scalars.Mapping(node, "assets.planned_purchases") is not { } map)
        {
            return null;
        }

        var f = new Fields(map, "assets.planned_purchases", scalars.Sink, "vehicles", "equipment");
        int? total = null;
        IReadOnlyList<VehicleUse> uses = [];
        if (scalars.Mapping(f.Optional("vehicles"), "planned_purchases.vehicles") is { } vehicleMap)
        {
            var v = new Fields(vehicleMap, "planned_purchases.vehicles", scalars.Sink, "total", "by_use");
            total = scalars.Integer(v.Optional("total"), "planned_purchases.vehicles.total");
            uses = Uses(v.Optional("by_use"), "planned_purchases.vehicles.by_use");
        }

        return new PlannedPurchases(total, uses, Equipment(f.Optional("equipment"), "planned_purchases.equipment"));
    }

    private EquipmentCounts? Equipment(DataNode? node, string what)
    {
        if (scalars.Mapping(node, what) is not { } map)
        {
            return null;
        }

        var e = new Fields(map, what, scalars.Sink, "over_500k", "over_1m");
        return new EquipmentCounts(scalars.Integer(e.Optional("over_500k"), "over_500k"), scalars.Integer(e.Optional("over_1m"), "over_1m"));
    }

    /// <summary>Either the mapping of fixed categories or a list of printed categories with their counts.</summary>
    private List<VehicleUse> Uses(DataNode? node, string what)
    {
        var uses = new List<VehicleUse>();
        if (node is SequenceNode list)
        {
            foreach (var item in list.Items)
            {
                if (scalars.Mapping(item, $"an entry of {what}") is not { } entry)
                {
                    continue;
                }

                var u = new Fields(entry, $"an entry of {what}", scalars.Sink, "label", "count");
                var label = scalars.Text(u.Required("label", "the category as printed, such as 执法执勤用车"), "label");
                var count = scalars.Integer(u.Required("count", "how many vehicles"), "count");
                if (label is not null && count is not null)
                {
                    uses.Add(new VehicleUse(null, label, count.Value));
                }
            }

            return uses;
        }

        if (scalars.Mapping(node, what) is { } useMap)
        {
            var u = new Fields(useMap, what, scalars.Sink, FixedUses);
            foreach (var use in FixedUses.Order(StringComparer.Ordinal))
            {
                if (scalars.Integer(u.Optional(use), $"{what}.{use}") is { } count)
                {
                    uses.Add(new VehicleUse(use, null, count));
                }
            }
        }

        return uses;
    }
}
