using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Cli.Tests.Commands;

/// <summary>
/// The small county the plan commands' tests share: hub H, station S1, outlets A1 and A2 (2 visits a week, the
/// given daily demand), a truck at the hub and a van at the station; and lines timed with the straight-line travel
/// times the CLI uses, so a plan made of them is clean for the CLI too.
/// </summary>
internal static class SmallCounty
{
    public static Scenario Scenario(string name, DailyDemand outletDay)
    {
        var b = new ScenarioBuilder { Name = name, CountyCode = "500231", CountyName = "测试县" };
        var week = new WeeklyDemand(Enumerable.Repeat(outletDay, 7).ToArray());
        b.AddSite(Site("H", "县集配中心", SiteTier.CountyHub, 107.80, 30.30, WeeklyDemand.None, 0));
        b.AddSite(Site("S1", "龙潭镇站", SiteTier.TownshipStation, 107.90, 30.36, WeeklyDemand.None, 0));
        b.AddSite(Site("A1", "桥头村服务社", SiteTier.VillageOutlet, 107.93, 30.38, week, 2));
        b.AddSite(Site("A2", "石坝村服务社", SiteTier.VillageOutlet, 107.95, 30.35, week, 2));
        b.AddVehicleType(new VehicleType { Id = new VehicleTypeId("truck"), Name = "4.2米厢式货车", CapacityKg = 2000, CapacityM3 = 16, HomeDepot = new SiteId("H"), Count = 1 });
        b.AddVehicleType(new VehicleType { Id = new VehicleTypeId("van"), Name = "微型面包车", CapacityKg = 600, CapacityM3 = 6, HomeDepot = new SiteId("S1"), Count = 1 });
        return b.Build();
    }

    /// <summary>A line whose times follow the straight-line travel times (waiting for opening, then the service time).</summary>
    public static Line Timed(Scenario scenario, string id, LineKind kind, string vehicle, string depot, ServiceDays days, TimeOnly depart, params string[] stops)
    {
        var travel = new StraightLineTravelTimes(scenario);
        var type = scenario.VehicleTypes.Single(v => v.Id.Value == vehicle);
        var t = depart;
        var previous = new SiteId(depot);
        var list = new List<LineStop>();
        foreach (var s in stops)
        {
            var site = scenario[new SiteId(s)];
            var arrive = t.Add(TimeSpan.FromSeconds(travel.Between(previous, site.Id, type).Time.Value));
            var leave = (arrive < site.OpeningHours.Open ? site.OpeningHours.Open : arrive).Add(PlanVerifier.ServiceTime(site, scenario.Parameters));
            list.Add(new LineStop(site.Id, arrive, leave));
            previous = site.Id;
            t = leave;
        }

        return new Line
        {
            Id = id,
            Kind = kind,
            VehicleType = type.Id,
            HomeDepot = new SiteId(depot),
            ServiceDays = days,
            Departure = depart,
            Return = t.Add(TimeSpan.FromSeconds(travel.Between(previous, new SiteId(depot), type).Time.Value)),
            Stops = list,
        };
    }

    private static Site Site(string id, string name, SiteTier tier, double lon, double lat, WeeklyDemand demand, int visits) => new()
    {
        Id = new SiteId(id),
        Name = name,
        Tier = tier,
        Location = new GeoPoint(lon, lat),
        OpeningHours = new OpeningHours(new TimeOnly(6, 0), new TimeOnly(18, 0)),
        Demand = demand,
        RequiredVisitsPerWeek = visits,
    };
}
