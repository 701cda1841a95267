using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Counties;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Tests.Counties;

/// <summary>The importer's rules on a small hand-made geodata folder (runs without ../shared).</summary>
public sealed class CountyImporterSyntheticTests : IDisposable
{
    private static readonly GeometryServices Geometry = new();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "logistics-county-" + Guid.NewGuid().ToString("N"));

    public CountyImporterSyntheticTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "counties.csv"),
            "code,name,lon,lat,boundary_file\n" +
            "500001,测试县,107.30,30.30,boundary_500001.geojson\n");
        // A 0.4° × 0.3° box (≈ 38 × 33 km).
        File.WriteAllText(Path.Combine(_dir, "boundary_500001.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"500001\"},\"geometry\":" +
            "{\"type\":\"Polygon\",\"coordinates\":[[[107.1,30.15],[107.5,30.15],[107.5,30.45],[107.1,30.45],[107.1,30.15]]]}}]}");
        File.WriteAllText(Path.Combine(_dir, "townships_500001.csv"),
            "code,name,name_short,type,lon,lat,coord_source\n" +
            "500001001,城关街道,城关,subdistrict 街道,107.31,30.31,vonng_adcode\n" +
            "500001002,新城街道,新城,subdistrict 街道,,,none\n" +
            "500001101,东山镇,东山,town 镇,107.42,30.38,vonng_adcode\n" +
            "500001102,西河镇,西河,town 镇,107.18,30.22,village_mean(n=2)\n" +
            "500001201,南岭乡,南岭,township 乡,,,none\n" +
            "500001202,北坡乡,北坡,township 乡,,,none\n");
        File.WriteAllText(Path.Combine(_dir, "villages_500001.csv"),
            "code,name,name_short,township_code,ur_code,lon,lat,coord_check\n" +
            "500001001001,中心社区居委会,中心社区,500001001,121,,,\n" +
            "500001001200,桥头村委会,桥头村,500001001,220,107.33,30.29,ok\n" +
            "500001101200,青龙村委会,青龙村,500001101,220,,,\n" +
            "500001101201,石板村委会,石板村,500001101,220,107.90,31.00,suspect_outside_county\n" +
            "500001101202,高峰村委会,高峰村,500001101,220,,,\n" +
            "500001102200,黄桷村委会,黄桷村,500001102,220,,,\n" +
            "500001201200,白果村委会,白果村,500001201,220,107.25,30.40,ok\n" +
            "500001201201,双河村委会,双河村,500001201,220,107.27,30.42,ok\n" +
            "500001202200,太平村委会,太平村,500001202,220,,,\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_trusted_village_point_200_km_away_is_left_out_with_a_note_naming_file_row_and_reason()
    {
        // Row 11: a village whose "ok" point lies ≈ 200 km east of its township (东山镇, 107.42, 30.38).
        var villages = Path.Combine(_dir, "villages_500001.csv");
        File.AppendAllText(villages, "500001101203,远山村委会,远山村,500001101,220,109.50,30.38,ok\n");
        var strict = Assert.Throws<DataValidationException>(() => new CountyImporter(Geometry).Import(_dir, "500001", TestContext.Current.CancellationToken));
        Assert.Contains(strict.Errors, e => e.Code == "far-from-township" && e.Entity == "site 500001101203");

        var import = new CountyImporter(Geometry, CountyImportOptions.Default with { ExcludeBadRows = true })
            .Import(_dir, "500001", TestContext.Current.CancellationToken);
        Assert.False(import.Scenario.TryGetSite(new SiteId("500001101203"), out _));
        Assert.Equal(9, import.Scenario.Sites.Count(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village));
        var note = Assert.Single(import.Notes, n => n.Code == "far-from-township");
        Assert.Equal((villages, 11, DataErrorSeverity.Warning), (note.File, note.Row, note.Severity));
        Assert.StartsWith(BadRows.ExcludedPrefix, note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_hub_stations_and_villages_with_the_documented_rules()
    {
        var import = new CountyImporter(Geometry).Import(_dir, "500001", TestContext.Current.CancellationToken);
        var s = import.Scenario;
        Assert.Equal("测试县", s.CountyName);
        Assert.Equal(new SiteId("500001"), s.Hub!.Id);
        Assert.Equal(6, s.SitesOf(SiteTier.TownshipStation).Count());
        Assert.Equal(9, s.Sites.Count(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village));

        Site Get(string id) => s[new SiteId(id)];

        // Stations: source point kept; the file's fallback kept but marked; missing ones estimated.
        Assert.False(Get("500001001").LocationEstimated);
        Assert.True(Get("500001102").LocationEstimated);
        Assert.Equal(107.18, Get("500001102").Location.Lon);

        // 南岭乡 has two trusted villages: its station goes to their mean.
        var nanling = Get("500001201");
        Assert.True(nanling.LocationEstimated);
        Assert.Equal(107.26, nanling.Location.Lon, 6);
        Assert.Equal(30.41, nanling.Location.Lat, 6);

        // 新城街道 (a subdistrict without any point) goes 3 km from the county centre.
        var xincheng = Get("500001002");
        Assert.True(xincheng.LocationEstimated);
        Assert.InRange(GreatCircle.DistanceKm(s.Hub.Location, xincheng.Location), 2.95, 3.05);

        // 北坡乡 (no point, no trusted villages) goes to the emptiest part of the county, inside it.
        var beipo = Get("500001202");
        Assert.True(beipo.LocationEstimated);
        var known = new[] { "500001001", "500001002", "500001101", "500001102", "500001201" }.Select(Get).ToList();
        Assert.All(known, k => Assert.True(GreatCircle.DistanceKm(k.Location, beipo.Location) > 8, $"北坡乡 too close to {k.Name}"));
        Assert.True(import.Boundary.Contains(Geometry.CreatePoint(beipo.Location)));

        Assert.Equal(3, import.Notes.Count(n => n.Code == "estimated-location" && n.Column == "lon"));
        Assert.Contains(import.Notes, n => n.Entity == "site 500001102" && n.Column == "coord_source");
        Assert.All(import.Notes, n => Assert.Equal(DataErrorSeverity.Warning, n.Severity));
    }

    [Fact]
    public void Villages_keep_trusted_points_and_the_rest_land_in_their_territory()
    {
        var import = new CountyImporter(Geometry).Import(_dir, "500001", TestContext.Current.CancellationToken);
        var s = import.Scenario;
        var qiaotou = s[new SiteId("500001001200")];
        Assert.False(qiaotou.LocationEstimated);
        Assert.Equal(new Core.Geo.GeoPoint(107.33, 30.29), qiaotou.Location);

        // The suspect point (outside the county) is not used.
        var shiban = s[new SiteId("500001101201")];
        Assert.True(shiban.LocationEstimated);
        Assert.NotEqual(107.90, shiban.Location.Lon);

        foreach (var v in s.Sites.Where(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village && x.LocationEstimated))
        {
            var p = Geometry.Wgs84.CreatePoint(new Coordinate(v.Location.Lon, v.Location.Lat));
            Assert.True(import.Territories[v.TownshipCode].Contains(p), $"{v.Name} outside its territory");
        }

        // The town-centre community stays within 1.5 km of its seat.
        var community = s[new SiteId("500001001001")];
        Assert.Equal(SiteTier.Village, community.Tier);
        Assert.Equal("中心社区", community.Name);
        Assert.InRange(GreatCircle.DistanceKm(community.Location, s[new SiteId("500001001")].Location), 0, 1.55);
        Assert.Equal(0, community.RequiredVisitsPerWeek);
        Assert.Equal(3500, community.Population);

        var qinglong = s[new SiteId("500001101200")];
        Assert.Equal(SiteTier.VillageOutlet, qinglong.Tier);
        Assert.Equal(1800, qinglong.Population);
        Assert.Equal(643, qinglong.Households); // 1 800 / 2.8
        Assert.InRange(qinglong.RequiredVisitsPerWeek, 2, 6);
    }

    [Fact]
    public void Demand_estimates_can_be_switched_off()
    {
        var s = new CountyImporter(Geometry, CountyImportOptions.Default with { EstimateDemand = false })
            .Import(_dir, "500001", TestContext.Current.CancellationToken).Scenario;
        Assert.All(s.Sites, x => Assert.True(x.Population == 0 && x.Demand.Equals(WeeklyDemand.None)));
    }

    [Fact]
    public void A_village_of_an_unknown_township_is_an_error_naming_the_row()
    {
        File.AppendAllText(Path.Combine(_dir, "villages_500001.csv"), "500001999200,孤村村委会,孤村,500001999,220,,,\n");
        var ex = Assert.Throws<DataValidationException>(() => new CountyImporter(Geometry).Import(_dir, "500001", TestContext.Current.CancellationToken));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("unknown-township", e.Code);
        Assert.Equal(11, e.Row);
        Assert.Equal("township_code", e.Column);
    }
}
