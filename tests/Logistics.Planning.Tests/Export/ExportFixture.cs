using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Network;

namespace Logistics.Planning.Tests.Export;

/// <summary>A scenario with awkward values: quotes and commas in names, seconds in a time, estimated positions.</summary>
internal static class ExportFixture
{
    public static Scenario Scenario()
    {
        var b = SmallScenario.Builder();
        b.AddSite(new Site
        {
            Id = new SiteId("V3"),
            Name = "\"新民\"镇, 三村",
            Tier = SiteTier.Village,
            TownshipCode = "500231101",
            VillageCode = "500231101203",
            Location = new GeoPoint(107.391234567891, 30.401987654321),
            LocationEstimated = true,
            OpeningHours = OpeningHours.AllDay,
            Population = 733,
            Households = 251,
            RequiredVisitsPerWeek = 1,
            Demand = new WeeklyDemand(Enumerable.Range(0, 7).Select(d => new DailyDemand(
                new Quantity(0.1 * d, 0.001 * d), Quantity.Zero, new Quantity(1.0 / 3.0, 0), new Quantity(d == 6 ? 1234.5 : 0, 0))).ToArray()),
        });
        b.AddSite(new Site
        {
            Id = new SiteId("C1"),
            Name = "候选点一",
            Tier = SiteTier.CandidateSite,
            TownshipCode = "500231101",
            Location = new GeoPoint(107.36, 30.39),
        });
        return b.Build();
    }
}
