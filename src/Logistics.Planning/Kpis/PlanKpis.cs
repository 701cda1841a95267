using Logistics.Planning.Lines;

namespace Logistics.Planning.Kpis;

/// <summary>
/// The key figures of a line plan for a week (see <see cref="PlanKpiCalculator"/> for how each is computed): per
/// line, per kind of line and in total, the vehicles used per type, and the share of village outlets visited at
/// least 1, 2, 3 times a week and at least as often as required, by all lines and by each kind alone; the county's
/// demand the plan carries (<see cref="DemandCarried"/>), the running cost per tonne carried and the trunk lines'
/// utilisation.
/// </summary>
public sealed record PlanKpis(
    KpiFigures Totals,
    IReadOnlyDictionary<LineKind, KpiFigures> ByKind,
    IReadOnlyList<LineKpis> ByLine,
    IReadOnlyList<VehicleUse> Vehicles,
    IReadOnlyList<VisitShare> VisitShares,
    IReadOnlyDictionary<LineKind, IReadOnlyList<VisitShare>> VisitSharesByKind,
    DemandCarried Demand)
{
    /// <summary>A trunk line below this peak load factor (by weight) on every run is "light" (<see cref="LightOneStationTrunks"/>).</summary>
    public const double LightTrunkThreshold = 0.30;

    /// <summary>
    /// Running cost (km and driver hours, without the vehicles' fixed cost) per tonne carried, down and up together
    /// (CNY/t); 0 when nothing is carried.
    /// </summary>
    public double RunningCostPerTonne => Demand.CarriedTonnes > 0 ? Totals.VariableCost / Demand.CarriedTonnes : 0;

    /// <summary>Trunk lines that call at a single station and peak below <see cref="LightTrunkThreshold"/> of the truck on every run.</summary>
    public int LightOneStationTrunks { get; init; }

    /// <summary>Trunk lines in the plan.</summary>
    public int TrunkLines => ByLine.Count(l => l.Kind == LineKind.Trunk);

    /// <summary>Vehicles used, all types together (each type's busiest day).</summary>
    public int VehiclesUsed => Vehicles.Sum(v => v.Used);
}
