using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Verification;

namespace Logistics.Planning.Tests.Lines;

/// <summary>
/// A small county for plan tests: hub H, stations S1 and S2, outlets A1–A3 (S1, 2 visits a week) and B1–B3
/// (S2, 3 visits a week), and a hand-timed clean plan:
/// <code>
/// T1 trunk  Mon Tue Wed Fri  H 06:00 → S1 06:40–07:00 → S2 07:30–07:50 → H 08:40   (brings the goods down)
/// T2 trunk  Mon Tue Wed Fri  H 14:00 → S2 14:50–15:10 → S1 15:40–16:00 → H 16:40   (takes the produce up)
/// F1 feeder Tue Fri          S1 09:25 → A1 09:40–09:50 → A2 10:00–10:10 → A3 10:20–10:30 → S1 10:50
/// F2 feeder Mon Wed Fri      S2 08:30 → B1 08:50–09:00 → B2 09:15–09:25 → B3 09:35–09:45 → S2 10:10
/// </code>
/// Service: outlet 10 min, station 20 min, transfer handling 30 min. Every outlet orders 50 kg / 0.4 m³ a day and
/// has 20 kg / 0.2 m³ of produce; S1 itself orders 100 kg / 1 m³ a day.
/// </summary>
internal static class LineFixture
{
    public static readonly DailyDemand OutletDay = new(new Quantity(30, 0.2), new Quantity(10, 0.1), new Quantity(10, 0.1), new Quantity(20, 0.2));

    public static Scenario Scenario() => Builder().Build();

    /// <summary>The scenario as a builder, to make variants.</summary>
    public static ScenarioBuilder Builder()
    {
        var b = new ScenarioBuilder
        {
            Name = "line-test-county",
            CountyCode = "500231",
            CountyName = "测试县",
            Parameters = ScenarioParameters.Default with
            {
                ServiceTimeOutlet = TimeSpan.FromMinutes(10),
                ServiceTimeStation = TimeSpan.FromMinutes(20),
                TransferHandlingTime = TimeSpan.FromMinutes(30),
            },
        };
        var allDay = new OpeningHours(new TimeOnly(5, 0), new TimeOnly(20, 0));
        b.AddSite(Site("H", "县集配中心", SiteTier.CountyHub, 107.80, 30.30, allDay, WeeklyDemand.None, 0));
        b.AddSite(Site("S1", "龙潭镇站", SiteTier.TownshipStation, 107.85, 30.35, allDay, Every(new DailyDemand(new Quantity(100, 1), Quantity.Zero, Quantity.Zero, Quantity.Zero)), 0));
        b.AddSite(Site("S2", "白石镇站", SiteTier.TownshipStation, 107.75, 30.35, allDay, WeeklyDemand.None, 0));
        foreach (var (id, lon) in new[] { ("A1", 107.86), ("A2", 107.87), ("A3", 107.88) })
        {
            b.AddSite(Site(id, id + "村服务社", SiteTier.VillageOutlet, lon, 30.37, OpeningHours.Default, Every(OutletDay), 2));
        }

        foreach (var (id, lon) in new[] { ("B1", 107.74), ("B2", 107.73), ("B3", 107.72) })
        {
            b.AddSite(Site(id, id + "村服务社", SiteTier.VillageOutlet, lon, 30.37, OpeningHours.Default, Every(OutletDay), 3));
        }

        b.AddVehicleType(Vehicle("truck", "H", 3000, 20, 1, 10));
        b.AddVehicleType(Vehicle("van-s1", "S1", 800, 8, 1, 8));
        b.AddVehicleType(Vehicle("van-s2", "S2", 800, 8, 1, 8));
        return b;
    }

    public static FixedTravelTimes Travel() => new FixedTravelTimes()
        .Add("H", "S1", 40).Add("H", "S2", 50).Add("S1", "S2", 30)
        .Add("S1", "A1", 15).Add("A1", "A2", 10).Add("A2", "A3", 10).Add("A3", "S1", 20).Add("A2", "S1", 20)
        .Add("S2", "B1", 20).Add("B1", "B2", 15).Add("B2", "B3", 10).Add("B3", "S2", 25);

    public static Line T1 => Line("T1", LineKind.Trunk, "truck", "H", "Mon Tue Wed Fri", "06:00", "08:40", ("S1", "06:40", "07:00"), ("S2", "07:30", "07:50"));

    public static Line T2 => Line("T2", LineKind.Trunk, "truck", "H", "Mon Tue Wed Fri", "14:00", "16:40", ("S2", "14:50", "15:10"), ("S1", "15:40", "16:00"));

    public static Line F1 => Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:25", "10:50", ("A1", "09:40", "09:50"), ("A2", "10:00", "10:10"), ("A3", "10:20", "10:30"));

    public static Line F2 => Line("F2", LineKind.Feeder, "van-s2", "S2", "Mon Wed Fri", "08:30", "10:10", ("B1", "08:50", "09:00"), ("B2", "09:15", "09:25"), ("B3", "09:35", "09:45"));

    /// <summary>The clean plan for <paramref name="scenario"/> (default: the fixture scenario), with lines replaced or added.</summary>
    public static LinePlan Plan(Scenario? scenario = null, params Line[] changed)
    {
        var b = LinePlanBuilder.For(scenario ?? Scenario()).AddLine(T1).AddLine(T2).AddLine(F1).AddLine(F2);
        foreach (var line in changed)
        {
            b.SetLine(line);
        }

        return b.Build();
    }

    public static Line Line(string id, LineKind kind, string vehicle, string depot, string days, string depart, string ret, params (string Site, string Arrive, string Depart)[] stops)
    {
        if (!ServiceDays.TryParse(days.Replace(' ', ','), out var serviceDays))
        {
            throw new ArgumentException(days, nameof(days));
        }

        return new Line
        {
            Id = id,
            Kind = kind,
            VehicleType = new VehicleTypeId(vehicle),
            HomeDepot = new SiteId(depot),
            ServiceDays = serviceDays,
            Departure = TimeOnly.Parse(depart, System.Globalization.CultureInfo.InvariantCulture),
            Return = TimeOnly.Parse(ret, System.Globalization.CultureInfo.InvariantCulture),
            Stops = stops.Select(s => new LineStop(
                new SiteId(s.Site),
                TimeOnly.Parse(s.Arrive, System.Globalization.CultureInfo.InvariantCulture),
                TimeOnly.Parse(s.Depart, System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
        };
    }

    public static WeeklyDemand Every(DailyDemand day) => new(Enumerable.Repeat(day, 7).ToArray());

    /// <summary>An urban community (社区) by S1 with demand and no required visits: 200 kg down and 70 kg produce a day.</summary>
    public static Site Community(double lon = 107.851, double lat = 30.352) => new()
    {
        Id = new SiteId("C1"),
        Name = "北街社区",
        Tier = SiteTier.Village,
        Location = new GeoPoint(lon, lat),
        Demand = Every(new DailyDemand(new Quantity(200, 1), Quantity.Zero, Quantity.Zero, new Quantity(70, 0.2))),
    };

    private static Site Site(string id, string name, SiteTier tier, double lon, double lat, OpeningHours hours, WeeklyDemand demand, int visits) => new()
    {
        Id = new SiteId(id),
        Name = name,
        Tier = tier,
        Location = new GeoPoint(lon, lat),
        OpeningHours = hours,
        Demand = demand,
        RequiredVisitsPerWeek = visits,
    };

    private static VehicleType Vehicle(string id, string depot, double kg, double m3, int count, double shiftHours) => new()
    {
        Id = new VehicleTypeId(id),
        Name = id,
        CapacityKg = kg,
        CapacityM3 = m3,
        HomeDepot = new SiteId(depot),
        Count = count,
        ShiftLength = TimeSpan.FromHours(shiftHours),
    };
}
