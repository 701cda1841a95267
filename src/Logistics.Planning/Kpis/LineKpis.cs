using Logistics.Core.Ids;
using Logistics.Planning.Lines;

namespace Logistics.Planning.Kpis;

/// <summary>
/// One line's weekly figures, with the distance and duration of a single run (<see cref="TripKm"/> is the bus's
/// distance for a co-modal line, which adds no km to the freight figures) and the highest load on board over all its
/// runs / the capacity (<see cref="MaxPeakLoadFactorKg"/>).
/// </summary>
public sealed record LineKpis(
    string LineId,
    LineKind Kind,
    VehicleTypeId? VehicleType,
    ServiceDays ServiceDays,
    double TripKm,
    double TripHours,
    KpiFigures Figures,
    double MaxPeakLoadFactorKg)
{
    /// <summary>A trunk line that calls at one station and is never more than <paramref name="threshold"/> full (by weight).</summary>
    public bool IsLightOneStationTrunk(int stops, double threshold) => Kind == LineKind.Trunk && stops == 1 && MaxPeakLoadFactorKg < threshold;
}
