using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Execution;

/// <summary>How the 三公 items and 机关运行经费 are named and nested on the 预算执行 page, whatever a table printed.</summary>
public static class ItemNames
{
    /// <summary>The items in the order they are shown.</summary>
    public static readonly IReadOnlyList<FigureRole> Shown =
    [
        FigureRole.ThreePublic, FigureRole.OutboundTravel, FigureRole.OfficialVehicles, FigureRole.VehiclePurchase,
        FigureRole.VehicleOperation, FigureRole.OfficialReception, FigureRole.OperatingCosts,
    ];

    public static string Label(UiText text, FigureRole item) => text.Get("item_" + WireNames.NameOf(item));

    /// <summary>公务用车购置费 and 运行费 are parts of 公务用车购置及运行费; the rest stand alone.</summary>
    public static int Level(FigureRole item) => item is FigureRole.VehiclePurchase or FigureRole.VehicleOperation ? 2 : 1;
}
