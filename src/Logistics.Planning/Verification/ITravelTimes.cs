using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Verification;

/// <summary>
/// Distances and driving times between two sites for a vehicle type (null for a co-modal bus). The verifier takes
/// one in, so the same check runs on straight-line estimates (<see cref="StraightLineTravelTimes"/>) or on a road
/// network's matrix.
/// </summary>
public interface ITravelTimes
{
    TravelLeg Between(SiteId from, SiteId to, VehicleType? vehicle);
}
