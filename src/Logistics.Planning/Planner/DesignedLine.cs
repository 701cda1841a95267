using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Planner;

/// <summary>
/// A line before it has a clock time and a vehicle number: kind, depot, vehicle type, days and stop order, and (for
/// trunks) the largest load of each stop, so the line can move to another vehicle type or be split.
/// </summary>
internal sealed record DesignedLine(LineKind Kind, Site Depot, VehicleType Type, ServiceDays Days, IReadOnlyList<Site> Stops, IReadOnlyList<StopDemand>? Loads = null);
