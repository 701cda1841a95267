using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Planner;

/// <summary>A line before it has a clock time and a vehicle number: kind, depot, vehicle type, days and stop order.</summary>
internal sealed record DesignedLine(LineKind Kind, Site Depot, VehicleType Type, ServiceDays Days, IReadOnlyList<Site> Stops);
