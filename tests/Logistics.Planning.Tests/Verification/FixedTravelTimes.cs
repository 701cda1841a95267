using Logistics.Core.Ids;
using Logistics.Core.Units;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Tests.Verification;

/// <summary>Travel times from a hand-written table of minutes (both directions), so test timetables can be written by hand.</summary>
internal sealed class FixedTravelTimes : ITravelTimes
{
    private readonly Dictionary<(string, string), int> _minutes = [];

    public FixedTravelTimes Add(string a, string b, int minutes)
    {
        _minutes[(a, b)] = minutes;
        _minutes[(b, a)] = minutes;
        return this;
    }

    public TravelLeg Between(SiteId from, SiteId to, VehicleType? vehicle)
    {
        if (!_minutes.TryGetValue((from.Value, to.Value), out var minutes))
        {
            throw new InvalidOperationException($"No test travel time {from}–{to}.");
        }

        return new TravelLeg(new Metres(minutes * 500L), Seconds.FromMinutes(minutes));
    }
}
