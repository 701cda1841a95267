using Logistics.Planning.Lines;

namespace Logistics.Planning.Kpis;

/// <summary>
/// The key figures of a line plan for a week (see <see cref="PlanKpiCalculator"/> for how each is computed): per
/// line, per kind of line and in total, the vehicles used per type, and the share of village outlets visited at
/// least 1, 2, 3 times a week and at least as often as required, by all lines and by each kind alone.
/// </summary>
public sealed record PlanKpis(
    KpiFigures Totals,
    IReadOnlyDictionary<LineKind, KpiFigures> ByKind,
    IReadOnlyList<LineKpis> ByLine,
    IReadOnlyList<VehicleUse> Vehicles,
    IReadOnlyList<VisitShare> VisitShares,
    IReadOnlyDictionary<LineKind, IReadOnlyList<VisitShare>> VisitSharesByKind)
{
    /// <summary>Vehicles used, all types together (each type's busiest day).</summary>
    public int VehiclesUsed => Vehicles.Sum(v => v.Used);
}
