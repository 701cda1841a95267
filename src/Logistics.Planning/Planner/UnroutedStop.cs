using Logistics.Planning.Network;
using Logistics.Routing.Problem;

namespace Logistics.Planning.Planner;

/// <summary>
/// A stop the routing engine left out, with the engine's own reason when it gave one (<see cref="UnservableReason"/>:
/// capacity, time window, shift length, distance) and its message naming the numbers; null when the engine could
/// serve the stop alone but its best routes did not.
/// </summary>
internal sealed record UnroutedStop(Site Site, UnservableReason? Reason, string? Message);
