using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Planning.Export;

/// <summary>The exported columns of a vehicles table: <see cref="VehicleColumns.All"/>.</summary>
public static class VehicleTableLayout
{
    public static IReadOnlyList<string> Headers => VehicleColumns.All;

    internal static ExportCell[] Cells(VehicleType v) =>
    [
        ExportCell.Of(v.Id.Value),
        ExportCell.Of(v.Name),
        ExportCell.Of(v.CapacityKg),
        ExportCell.Of(v.CapacityM3),
        ExportCell.Of(v.CostPerKm),
        ExportCell.Of(v.CostPerHour),
        ExportCell.Of(v.FixedCostPerDay),
        ExportCell.Of(v.SpeedFactor),
        ExportCell.Of(v.HomeDepot.Value),
        ExportCell.Of(v.Count),
        ExportCell.Of(v.ShiftLength.TotalHours),
        ExportCell.Of(v.ColdChain),
        ExportCell.Of(v.Co2KgPerKm),
    ];
}
