using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>An outlet closed by a planning what-if: now a village without outlet, and where its goods went, if anywhere.</summary>
/// <param name="Site">The site in the changed scenario (tier village, no visits required).</param>
/// <param name="DemandMovedTo">The outlet that took its demand (an added outlet that became its nearest, or the nearest remaining outlet under <see cref="RemovedOutletDemand.MovedToNearestOutlet"/>); null when dropped.</param>
public sealed record ClosedOutlet(Site Site, Site? DemandMovedTo);
