using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Spatial.Geodesy;

namespace Logistics.Web.Tests;

/// <summary>
/// Line plans built by hand with <see cref="LinePlanBuilder"/> for the tests of the job machinery and the pages:
/// a feeder from each of a few township stations to its nearest outlets and a trunk from the hub to those stations,
/// timed with the verifier's own straight-line travel times and service times.
/// </summary>
internal static class HandPlans
{
    public static LinePlan For(Scenario scenario, int stations = 3, int stopsPerFeeder = 4)
    {
        var travel = new StraightLineTravelTimes(scenario);
        var builder = LinePlanBuilder.For(scenario);
        var hub = scenario.Hub ?? throw new InvalidOperationException("the scenario has no hub");
        var feederTypes = scenario.VehicleTypes
            .Where(v => scenario.TryGetSite(v.HomeDepot, out var d) && d.Tier == SiteTier.TownshipStation)
            .GroupBy(v => v.HomeDepot).Select(g => g.First()).Take(stations).ToList();
        foreach (var type in feederTypes)
        {
            var station = scenario[type.HomeDepot];
            var outlets = scenario.SitesOf(SiteTier.VillageOutlet)
                .Where(o => o.TownshipCode == station.TownshipCode)
                .OrderBy(o => GreatCircle.DistanceMetres(o.Location, station.Location))
                .Take(stopsPerFeeder).Select(o => o.Id).ToList();
            builder.AddLine(Timed(scenario, travel, $"F-{station.Id.Value}", station.Name + "支线", LineKind.Feeder, type, station.Id, outlets, new TimeOnly(10, 0), ServiceDays.FromMask(0b0010101)));
        }

        var trunkType = scenario.VehicleTypes.FirstOrDefault(v => v.HomeDepot == hub.Id)
            ?? throw new InvalidOperationException("no vehicle type is based at the hub");
        builder.AddLine(Timed(scenario, travel, "T-1", "干线一", LineKind.Trunk, trunkType, hub.Id,
            feederTypes.Select(t => t.HomeDepot).ToList(), new TimeOnly(7, 0), ServiceDays.FromMask(0b0010101)));
        return builder.Build();
    }

    private static Line Timed(Scenario scenario, ITravelTimes travel, string id, string name, LineKind kind, VehicleType type, SiteId depot, IReadOnlyList<SiteId> sites, TimeOnly depart, ServiceDays days)
    {
        var stops = new List<LineStop>();
        var clock = depart.ToTimeSpan();
        var from = depot;
        foreach (var site in sites)
        {
            clock += TimeSpan.FromSeconds(travel.Between(from, site, type).Time.Value);
            var arrival = clock;
            var s = scenario[site];
            var start = arrival < s.OpeningHours.Open.ToTimeSpan() ? s.OpeningHours.Open.ToTimeSpan() : arrival;
            clock = start + PlanVerifier.ServiceTime(s, scenario.Parameters);
            stops.Add(new LineStop(site, TimeOnly.FromTimeSpan(arrival), TimeOnly.FromTimeSpan(clock)));
            from = site;
        }

        clock += TimeSpan.FromSeconds(travel.Between(from, depot, type).Time.Value);
        return new Line
        {
            Id = id,
            Name = name,
            Kind = kind,
            VehicleType = type.Id,
            Vehicle = 1,
            HomeDepot = depot,
            ServiceDays = days,
            Departure = depart,
            Return = TimeOnly.FromTimeSpan(clock),
            Stops = stops,
        };
    }
}
