using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Tests.Coverage;

/// <summary>
/// A hand-made county whose sites lie on the meridian 108°E, so that great-circle distances are exact multiples of
/// one degree of latitude: the position of a site is given in km north of 30°N.
/// <code>
/// km:  -5   0   1   5   6   8.5  9   14  20  21  26  27
///      H    S1  V0  O1  V1  C1   V2  C3  S2  O2  C2  V3
/// </code>
/// Township 500100001: S1, V0 (pop 100), O1 (pop 1000, 3 visits/week), V1 (500), V2 (200), C1, C3.
/// Township 500100002: S2, O2 (pop 800, 2 visits/week), V3 (300), C2.
/// Parameters: circuity 1.5, 30 km/h, so 15 min reach 5 km in a straight line.
/// </summary>
internal static class LineCounty
{
    public const string T1 = "500100001";
    public const string T2 = "500100002";

    public static GeoPoint At(double km) => new(108.0, 30.0 + (km * 1000.0 / (GreatCircle.MeanEarthRadiusMetres * Math.PI / 180.0)));

    public static Scenario Build(string? boundaryGeoJson = null)
    {
        var b = new ScenarioBuilder
        {
            Name = "line county",
            CountyCode = "500100",
            CountyName = "测试县",
            Parameters = ScenarioParameters.Default with { CircuityFactor = 1.5, AverageSpeedKmh = 30 },
            BoundaryGeoJson = boundaryGeoJson,
        };
        b.AddSite(Site("H", "县中心", SiteTier.CountyHub, string.Empty, -5, 0, 0));
        b.AddSite(Site("S1", "一镇综合运输服务站", SiteTier.TownshipStation, T1, 0, 0, 7));
        b.AddSite(Site("V0", "零村", SiteTier.Village, T1, 1, 100, 0));
        b.AddSite(Site("O1", "一村", SiteTier.VillageOutlet, T1, 5, 1000, 3));
        b.AddSite(Site("V1", "二村", SiteTier.Village, T1, 6, 500, 0));
        b.AddSite(Site("C1", "二村路口", SiteTier.CandidateSite, T1, 8.5, 0, 0));
        b.AddSite(Site("V2", "三村", SiteTier.Village, T1, 9, 200, 0));
        b.AddSite(Site("C3", "四村路口", SiteTier.CandidateSite, T1, 14, 0, 0));
        b.AddSite(Site("S2", "二镇综合运输服务站", SiteTier.TownshipStation, T2, 20, 0, 6));
        b.AddSite(Site("O2", "五村", SiteTier.VillageOutlet, T2, 21, 800, 2));
        b.AddSite(Site("C2", "六村路口", SiteTier.CandidateSite, T2, 26, 0, 0));
        b.AddSite(Site("V3", "六村", SiteTier.Village, T2, 27, 300, 0));
        return b.Build();
    }

    public static SiteId Id(string id) => new(id);

    private static Site Site(string id, string name, SiteTier tier, string township, double km, int population, int visits) => new()
    {
        Id = new SiteId(id),
        Name = name,
        Tier = tier,
        TownshipCode = township,
        Location = At(km),
        Population = population,
        RequiredVisitsPerWeek = visits,
    };
}
