using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Network;

/// <summary>A small, valid scenario near Dianjiang for model tests.</summary>
internal static class SmallScenario
{
    public static Site Hub => new()
    {
        Id = new SiteId("HUB"),
        Name = "垫江县集采集配中心",
        Tier = SiteTier.CountyHub,
        Location = new GeoPoint(107.3288, 30.3302),
        OpeningHours = new OpeningHours(new TimeOnly(6, 0), new TimeOnly(20, 0)),
    };

    public static Site Station => new()
    {
        Id = new SiteId("S101"),
        Name = "新民镇综合运输服务站",
        Tier = SiteTier.TownshipStation,
        TownshipCode = "500231101",
        Location = new GeoPoint(107.3865, 30.3974),
    };

    public static Site Outlet(string id, double lon, double lat, double consumerKg = 40) => new()
    {
        Id = new SiteId(id),
        Name = $"{id}村综合服务社",
        Tier = SiteTier.VillageOutlet,
        TownshipCode = "500231101",
        VillageCode = "500231101201",
        Location = new GeoPoint(lon, lat),
        RequiredVisitsPerWeek = 2,
        Population = 1800,
        Households = 640,
        Demand = new WeeklyDemand(Enumerable.Range(0, 7).Select(d => new DailyDemand(
            new Quantity(consumerKg + d, 0.12),
            new Quantity(d == 2 ? 150 : 10, 0.2),
            new Quantity(6.5, 0.03),
            new Quantity(d % 2 == 0 ? 80 : 0, 0.25))).ToArray()),
    };

    public static VehicleType Truck => new()
    {
        Id = new VehicleTypeId("truck-2t"),
        Name = "4.2米厢式货车",
        CapacityKg = 2000,
        CapacityM3 = 16,
        CostPerKm = 1.6,
        CostPerHour = 35,
        FixedCostPerDay = 180,
        HomeDepot = new SiteId("HUB"),
        Count = 3,
        ShiftLength = TimeSpan.FromHours(9),
        Co2KgPerKm = 0.31,
    };

    public static ScenarioBuilder Builder()
    {
        var b = new ScenarioBuilder { Name = "test", CountyCode = "500231", CountyName = "垫江县" };
        b.AddSite(Hub).AddSite(Station)
            .AddSite(Outlet("V1", 107.40, 30.41))
            .AddSite(Outlet("V2", 107.37, 30.42, consumerKg: 25.5));
        b.AddVehicleType(Truck);
        return b;
    }
}
