using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Validation;

/// <summary>Binds the units a report covers (所属单位): name, type where printed, own budget or merged, remark.</summary>
public sealed class UnitsBinder(Scalars scalars)
{
    public static readonly IReadOnlyDictionary<string, UnitType> Types = new Dictionary<string, UnitType>(StringComparer.Ordinal)
    {
        ["administrative"] = UnitType.Administrative,
        ["institution"] = UnitType.Institution,
        ["civil_service_managed"] = UnitType.CivilServiceManaged,
        ["enterprise"] = UnitType.Enterprise,
        ["other"] = UnitType.Other,
    };

    public IReadOnlyList<SubordinateUnit> Bind(DataNode? node)
    {
        var units = new List<SubordinateUnit>();
        foreach (var item in scalars.Sequence(node, "units")?.Items ?? [])
        {
            if (scalars.Mapping(item, "a unit") is not { } map)
            {
                continue;
            }

            var f = new Fields(map, "a unit", scalars.Sink, "name", "type", "own_budget", "note");
            var name = scalars.Text(f.Required("name", "the unit's name as printed"), "the unit's name");
            var type = scalars.Choice(f.Optional("type"), "the unit's type", Types);
            var own = scalars.Boolean(f.Optional("own_budget"), "own_budget");
            if (name is not null)
            {
                units.Add(new SubordinateUnit(name, type, own, scalars.Text(f.Optional("note"), "the unit's note")));
            }
        }

        return units;
    }
}
