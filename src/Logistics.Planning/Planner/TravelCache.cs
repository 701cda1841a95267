using System.Collections.Concurrent;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Planner;

/// <summary>The travel times the planner asks for, asked once each (thread-safe).</summary>
internal sealed class TravelCache(ITravelTimes travel)
{
    private readonly ConcurrentDictionary<(SiteId From, SiteId To, VehicleTypeId? Vehicle), TravelLeg> _legs = new();

    public TravelLeg Leg(SiteId from, SiteId to, VehicleType? vehicle) =>
        _legs.GetOrAdd((from, to, vehicle?.Id), key => travel.Between(key.From, key.To, vehicle));

    /// <summary>Whether there is a road path both ways (always with straight-line travel).</summary>
    public bool Connected(SiteId a, SiteId b) => travel is not MatrixTravelTimes m || (m.IsReachable(a, b) && m.IsReachable(b, a));

    public long Seconds(SiteId from, SiteId to, VehicleType? vehicle) => Leg(from, to, vehicle).Time.Value;

    public long Metres(SiteId from, SiteId to, VehicleType? vehicle) => Leg(from, to, vehicle).Distance.Value;
}
