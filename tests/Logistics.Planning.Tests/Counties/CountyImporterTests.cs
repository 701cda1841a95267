using Logistics.Core.Errors;
using Logistics.Planning.Counties;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Logistics.Planning.Tests.Counties;

public class CountyImporterTests
{
    private static readonly GeometryServices Geometry = new();

    [Fact]
    public void Dianjiang_has_26_stations_and_301_villages_with_estimates_inside_their_territory()
    {
        var dir = SharedGeodata.RequireDirectory();
        var import = new CountyImporter(Geometry).Import(dir, "500231", TestContext.Current.CancellationToken);
        var s = import.Scenario;

        Assert.Equal("500231", s.CountyCode);
        Assert.Equal("垫江县", s.CountyName);
        Assert.Single(s.SitesOf(SiteTier.CountyHub));
        Assert.Equal(26, s.SitesOf(SiteTier.TownshipStation).Count());
        var villages = s.Sites.Where(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village).ToList();
        Assert.Equal(301, villages.Count);
        Assert.All(villages, v => Assert.Matches("^500231[0-9]{6}$", v.VillageCode));
        Assert.All(s.SitesOf(SiteTier.TownshipStation), st => Assert.False(st.LocationEstimated)); // all 26 from the source
        Assert.Equal(26, import.Territories.Count);

        var estimated = villages.Where(v => v.LocationEstimated).ToList();
        Assert.Equal(301 - 22, estimated.Count); // 22 villages have coord_check = ok
        var county = PreparedGeometryFactory.Prepare(import.Boundary);
        foreach (var v in estimated)
        {
            var p = Geometry.Wgs84.CreatePoint(new Coordinate(v.Location.Lon, v.Location.Lat));
            Assert.True(county.Contains(p), $"{v.Id} {v.Name} outside the county");
            Assert.True(import.Territories[v.TownshipCode].Contains(p), $"{v.Id} {v.Name} outside the territory of {v.TownshipCode}");
        }

        // Estimated points do not pile up: no two villages share a spot.
        Assert.Equal(villages.Count, villages.Select(v => v.Location).Distinct().Count());
    }

    [Fact]
    public void Trusted_village_points_are_kept_and_tiers_follow_the_committee_type()
    {
        var dir = SharedGeodata.RequireDirectory();
        var s = new CountyImporter(Geometry).Import(dir, "500231", TestContext.Current.CancellationToken).Scenario;
        // 500231001001 东街社区 has coord_check = ok at (107.351740, 30.332677).
        var dongjie = s[new Core.Ids.SiteId("500231001001")];
        Assert.False(dongjie.LocationEstimated);
        Assert.Equal(107.351740, dongjie.Location.Lon, 6);
        Assert.Equal(30.332677, dongjie.Location.Lat, 6);
        Assert.Equal(SiteTier.Village, dongjie.Tier); // 社区居委会: an urban community
        Assert.Equal("东街社区", dongjie.Name);
        Assert.All(s.SitesOf(SiteTier.VillageOutlet), v => Assert.EndsWith("村", v.Name, StringComparison.Ordinal));
        Assert.All(s.SitesOf(SiteTier.VillageOutlet), v => Assert.True(v.Population > 0 && v.RequiredVisitsPerWeek >= 2 && !v.Demand.Equals(WeeklyDemand.None)));
    }

    [Fact]
    public void Import_is_deterministic()
    {
        var dir = SharedGeodata.RequireDirectory();
        var a = ScenarioJson.Serialize(new CountyImporter(Geometry).Import(dir, "500231", TestContext.Current.CancellationToken).Scenario);
        var b = ScenarioJson.Serialize(new CountyImporter(new GeometryServices()).Import(dir, "500231", TestContext.Current.CancellationToken).Scenario);
        Assert.Equal(a, b);
        Assert.Equal(a, ScenarioJson.Serialize(ScenarioJson.Deserialize(a)));
    }

    [Theory]
    [InlineData("500231", 26, 301, 0)]
    [InlineData("500242", 39, 278, 0)]
    [InlineData("500236", 33, 390, 2)]
    [InlineData("500230", 30, 330, 0)]
    [InlineData("500116", 30, 275, 2)]
    public void All_five_counties_load(string code, int stations, int villages, int townshipsWithoutPoint)
    {
        var dir = SharedGeodata.RequireDirectory();
        var import = new CountyImporter(Geometry).Import(dir, code, TestContext.Current.CancellationToken);
        var s = import.Scenario;
        Assert.Equal(stations, s.SitesOf(SiteTier.TownshipStation).Count());
        Assert.Equal(villages, s.Sites.Count(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village));
        Assert.Equal(townshipsWithoutPoint, import.Notes.Count(n => n.Code == "estimated-location" && n.Column == "lon"));

        var county = PreparedGeometryFactory.Prepare(import.Boundary);
        var cells = import.Territories.ToDictionary(kv => kv.Key, kv => PreparedGeometryFactory.Prepare(kv.Value));
        foreach (var site in s.Sites.Where(x => x.LocationEstimated))
        {
            var p = Geometry.Wgs84.CreatePoint(new Coordinate(site.Location.Lon, site.Location.Lat));
            Assert.True(county.Contains(p), $"{code}: {site.Id} {site.Name} outside the county");
            if (site.Tier is SiteTier.VillageOutlet or SiteTier.Village)
            {
                Assert.True(cells[site.TownshipCode].Contains(p), $"{code}: {site.Id} outside its township territory");
            }
        }

        Assert.NotNull(s.BoundaryGeoJson);
        Assert.All(s.SitesOf(SiteTier.TownshipStation), st => Assert.Contains(s.VehicleTypes, v => v.HomeDepot == st.Id));
    }

    [Theory]
    [InlineData("500236", "500236003", "500236004")] // 夔门街道, 夔州街道
    [InlineData("500116", "500116006", "500116114")] // 圣泉街道, 嘉平镇
    public void Townships_without_a_point_get_an_estimated_station_inside_the_county(string county, string first, string second)
    {
        var dir = SharedGeodata.RequireDirectory();
        var import = new CountyImporter(Geometry).Import(dir, county, TestContext.Current.CancellationToken);
        var s = import.Scenario;
        var stations = s.SitesOf(SiteTier.TownshipStation).ToList();
        foreach (var code in new[] { first, second })
        {
            var st = stations.Single(x => x.Id.Value == code);
            Assert.True(st.LocationEstimated);
            Assert.True(import.Boundary.Contains(Geometry.Wgs84.CreatePoint(new Coordinate(st.Location.Lon, st.Location.Lat))));
            var nearestOther = stations.Where(x => x != st).Min(x => GreatCircle.DistanceKm(x.Location, st.Location));
            Assert.True(nearestOther > 0.5, $"{code} sits on top of another station ({nearestOther:F2} km)");
            Assert.Contains(import.Notes, n => n.Entity == $"site {code}" && n.Severity == DataErrorSeverity.Warning && n.File!.EndsWith($"townships_{county}.csv", StringComparison.Ordinal));
        }

        // A subdistrict without a point is placed 3 km from the county centre.
        var hub = s.Hub!;
        var subdistrict = stations.Single(x => x.Id.Value == first);
        Assert.InRange(GreatCircle.DistanceKm(hub.Location, subdistrict.Location), 2.95, 3.05);
    }

    [Fact]
    public void Unknown_county_is_reported_with_the_known_ones()
    {
        var dir = SharedGeodata.RequireDirectory();
        var ex = Assert.Throws<DataValidationException>(() => new CountyImporter(Geometry).Import(dir, "500199", TestContext.Current.CancellationToken));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("unknown-county", e.Code);
        Assert.Contains("500231 垫江县", e.Message, StringComparison.Ordinal);
    }
}
