using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// A fixed line (定时定点定线): the vehicle type, the home depot, the service days, the departure from the depot,
/// the ordered stops with planned arrival and departure, and the return to the depot. The times are the same on
/// every service day. The depot is not one of the stops. Valid only inside a <see cref="LinePlan"/> made by
/// <see cref="LinePlanBuilder.Build"/>.
/// </summary>
public sealed record Line
{
    /// <summary>A stable id the county uses, e.g. <c>T01</c> or <c>F-龙潭-1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A readable name; empty when none.</summary>
    public string Name { get; init; } = string.Empty;

    public required LineKind Kind { get; init; }

    /// <summary>The fleet vehicle type; null only for a <see cref="LineKind.CoModal"/> bus, which is not in the fleet.</summary>
    public VehicleTypeId? VehicleType { get; init; }

    /// <summary>
    /// Which vehicle of the type runs the line (1 … the type's count), the same on every service day, so a driver keeps
    /// the line; null when the plan leaves it open (then only the number of vehicles on the road at once is checked).
    /// </summary>
    public int? Vehicle { get; init; }

    /// <summary>Where the line starts and ends: the hub for trunk and direct lines, a township station for feeders.</summary>
    public required SiteId HomeDepot { get; init; }

    public required ServiceDays ServiceDays { get; init; }

    /// <summary>Departure from the home depot.</summary>
    public required TimeOnly Departure { get; init; }

    /// <summary>Arrival back at the home depot.</summary>
    public required TimeOnly Return { get; init; }

    public required IReadOnlyList<LineStop> Stops { get; init; }

    /// <summary>A locked line must stay byte-identical to the previous plan; the planner must not change it.</summary>
    public bool Locked { get; init; }

    /// <summary>For a co-modal bus: what its luggage hold can carry (kg and m³); null otherwise.</summary>
    public Quantity? HoldCapacity { get; init; }

    /// <summary>The vehicle's label, e.g. <c>van-500199101#1</c>; null when no vehicle is assigned.</summary>
    public string? VehicleLabel => VehicleType is { } t && Vehicle is int n ? $"{t.Value}#{n}" : null;

    /// <summary>Time from leaving the depot to coming back.</summary>
    public TimeSpan Duration => Return - Departure;

    /// <summary>The index of the stop at <paramref name="site"/>, or -1.</summary>
    public int IndexOf(SiteId site)
    {
        for (var i = 0; i < Stops.Count; i++)
        {
            if (Stops[i].Site == site)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Equals(Line? other) =>
        other is not null
        && Id == other.Id && Name == other.Name && Kind == other.Kind && VehicleType == other.VehicleType && Vehicle == other.Vehicle
        && HomeDepot == other.HomeDepot && ServiceDays == other.ServiceDays && Departure == other.Departure
        && Return == other.Return && Locked == other.Locked && HoldCapacity == other.HoldCapacity
        && Stops.SequenceEqual(other.Stops);

    public override int GetHashCode() => HashCode.Combine(Id, Kind, HomeDepot, ServiceDays, Departure, Return, Stops.Count);
}
