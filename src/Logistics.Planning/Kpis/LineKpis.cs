using Logistics.Core.Ids;
using Logistics.Planning.Lines;

namespace Logistics.Planning.Kpis;

/// <summary>
/// One line's weekly figures, with the distance and duration of a single run (<see cref="TripKm"/> is the bus's
/// distance for a co-modal line, which adds no km to the freight figures).
/// </summary>
public sealed record LineKpis(
    string LineId,
    LineKind Kind,
    VehicleTypeId? VehicleType,
    ServiceDays ServiceDays,
    double TripKm,
    double TripHours,
    KpiFigures Figures);
