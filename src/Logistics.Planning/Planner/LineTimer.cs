using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Planner;

/// <summary>
/// Times a line the way the verifier checks it: arrival = previous departure + drive (rounded up to the whole
/// minute, so timetables read 09:40, not 09:39:17), departure = max(arrival, opening) + service, at a township
/// station possibly later (a trunk waiting for the feeders' produce), return = last departure + drive back.
/// </summary>
internal sealed class LineTimer(Scenario scenario, TravelCache travel)
{
    public const long Day = 24 * 3600;

    public static long CeilMinute(long seconds) => (seconds + 59) / 60 * 60;

    public long Service(Site site) => CeilMinute((long)Math.Round(PlanVerifier.ServiceTime(site, scenario.Parameters).TotalSeconds));

    /// <summary>The first departure at or after <paramref name="earliest"/> that does not arrive at the first stop before it opens.</summary>
    public long StartFor(SiteId depot, IReadOnlyList<SiteId> stops, VehicleType vehicle, long earliest)
    {
        var first = scenario[stops[0]];
        var noWait = Sec(first.OpeningHours.Open) - travel.Seconds(depot, stops[0], vehicle);
        return CeilMinute(Math.Max(earliest, noWait));
    }

    /// <summary>Times the line leaving <paramref name="depot"/> at <paramref name="departure"/>.</summary>
    /// <param name="holdUntil">Township stations where the vehicle must not leave before a time (produce to collect).</param>
    public TimedLine Time(SiteId depot, IReadOnlyList<SiteId> stops, VehicleType? vehicle, long departure, IReadOnlyDictionary<SiteId, long>? holdUntil = null)
    {
        var timed = new TimedStop[stops.Count];
        var t = CeilMinute(departure);
        var start = t;
        var previous = depot;
        long metres = 0;
        var fits = true;
        for (var i = 0; i < stops.Count; i++)
        {
            var site = scenario[stops[i]];
            var leg = travel.Leg(previous, stops[i], vehicle);
            metres += leg.Distance.Value;
            var arrival = CeilMinute(t + leg.Time.Value);
            var end = Math.Max(arrival, Sec(site.OpeningHours.Open)) + Service(site);
            if (end > Sec(site.OpeningHours.Close))
            {
                fits = false;
            }

            var leave = end;
            if (site.Tier == SiteTier.TownshipStation && holdUntil is not null && holdUntil.TryGetValue(stops[i], out var hold))
            {
                leave = Math.Max(leave, CeilMinute(hold));
            }

            timed[i] = new TimedStop(stops[i], arrival, leave);
            previous = stops[i];
            t = leave;
        }

        var back = travel.Leg(previous, depot, vehicle);
        metres += back.Distance.Value;
        var ret = CeilMinute(t + back.Time.Value);
        if (ret >= Day)
        {
            fits = false;
        }

        return new TimedLine(start, timed, ret, metres, fits);
    }

    public static long Sec(TimeOnly t) => (long)t.ToTimeSpan().TotalSeconds;

    public static TimeOnly Clock(long seconds) => TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(Math.Clamp(seconds, 0, Day - 60)));
}
