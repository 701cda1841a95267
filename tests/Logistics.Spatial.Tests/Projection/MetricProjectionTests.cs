using Logistics.Core.Geo;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Projection;
using Logistics.Spatial.Tests.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Projection;

public class MetricProjectionTests
{
    private readonly GeometryServices _services = new();
    private readonly ProjectionFactory _factory;

    public MetricProjectionTests() => _factory = new ProjectionFactory(_services);

    [Fact]
    public void Reference_series_reproduces_published_worked_examples()
    {
        // Snyder, Map Projections - A Working Manual (USGS PP 1395), p. 269: Clarke 1866 (a = 6 378 206.4 m,
        // e² = 0.00676866), φ = 40°30'N, λ = 73°30'W, λ0 = 75°W, k0 = 0.9996 → x = 127 106.5 m, y = 4 484 124.4 m.
        var clarke = new KrugerSeries(6378206.4, 1 - Math.Sqrt(1 - 0.00676866));
        var (x, y) = clarke.Forward(-73.5, 40.5, -75, 0.9996, 0);
        Assert.Equal(127106.5, x, 0.05);
        Assert.Equal(4484124.4, y, 0.05);

        // GeographicLib's GeoConvert manual: 33.3°N 44.4°E is "38n 444140.54 3684706.36" (WGS84 UTM).
        (x, y) = KrugerSeries.Wgs84.Forward(44.4, 33.3, 45, 0.9996, 500_000);
        Assert.Equal(444140.54, x, 0.006);
        Assert.Equal(3684706.36, y, 0.006);

        // googollee/eviltransform matlab/test/testSuite.m deg2utmTest: 36.903784°N 104.545898°W → 13N 540455.18 4084295.17.
        (x, y) = KrugerSeries.Wgs84.Forward(-104.545898, 36.903784, -105, 0.9996, 500_000);
        Assert.Equal(540455.18, x, 0.006);
        Assert.Equal(4084295.17, y, 0.006);
    }

    [Theory]
    [InlineData(38, 44.4, 33.3, 444140.54, 3684706.36)]
    [InlineData(13, -104.545898, 36.903784, 540455.18, 4084295.17)]
    public void Utm_matches_published_worked_examples(int zone, double lon, double lat, double easting, double northing)
    {
        var p = _factory.Create(MetricGrid.Utm(zone)).Project(new GeoPoint(lon, lat));
        Assert.Equal(easting, p.X, 0.006);
        Assert.Equal(northing, p.Y, 0.006);
    }

    [Theory]
    [InlineData(105)]
    [InlineData(108)]
    [InlineData(111)]
    public void Gauss_kruger_agrees_with_the_reference_series_within_a_millimetre(int centralMeridian)
    {
        var projection = _factory.Create(MetricGrid.GaussKruger3(centralMeridian));
        var worst = 0.0;
        foreach (var p in Grid(centralMeridian - 1.5, centralMeridian + 1.5, 28.1, 32.2))
        {
            var got = projection.Project(p);
            var (e, n) = KrugerSeries.Cgcs2000.Forward(p.Lon, p.Lat, centralMeridian, 1.0, 500_000);
            worst = Math.Max(worst, Math.Max(Math.Abs(got.X - e), Math.Abs(got.Y - n)));
        }

        Assert.True(worst < 1e-3, $"CM {centralMeridian}E: worst difference {worst * 1000:F4} mm");
    }

    [Fact]
    public void All_of_chongqing_in_the_108e_grid_agrees_with_the_reference_series_within_a_millimetre()
    {
        var projection = _factory.Create(MetricGrid.GaussKruger3(108));
        var worst = 0.0;
        foreach (var p in Grid(105.2, 110.2, 28.1, 32.2))
        {
            var got = projection.Project(p);
            var (e, n) = KrugerSeries.Cgcs2000.Forward(p.Lon, p.Lat, 108, 1.0, 500_000);
            worst = Math.Max(worst, Math.Max(Math.Abs(got.X - e), Math.Abs(got.Y - n)));
        }

        Assert.True(worst < 1e-3, $"worst difference {worst * 1000:F4} mm");
    }

    [Theory]
    [InlineData(48)]
    [InlineData(49)]
    public void Utm_agrees_with_the_reference_series_within_a_millimetre(int zone)
    {
        var grid = MetricGrid.Utm(zone);
        var projection = _factory.Create(grid);
        var worst = 0.0;
        foreach (var p in Grid(grid.CentralMeridian - 3, grid.CentralMeridian + 3, 28.1, 32.2))
        {
            var got = projection.Project(p);
            var (e, n) = KrugerSeries.Wgs84.Forward(p.Lon, p.Lat, grid.CentralMeridian, 0.9996, 500_000);
            worst = Math.Max(worst, Math.Max(Math.Abs(got.X - e), Math.Abs(got.Y - n)));
        }

        Assert.True(worst < 1e-3, $"zone {zone}: worst difference {worst * 1000:F4} mm");
    }

    [Fact]
    public void Zone_prefixed_eastings_carry_the_zone_number_in_front()
    {
        var cm = _factory.Create(MetricGrid.GaussKruger3(108));
        var zone36 = _factory.Create(MetricGrid.GaussKruger3(108, zonePrefixed: true));
        var dianjiang = new GeoPoint(107.328841, 30.330250);

        var a = cm.Project(dianjiang);
        var b = zone36.Project(dianjiang);
        Assert.Equal(a.X + 36_000_000, b.X, 1e-6);
        Assert.Equal(a.Y, b.Y, 1e-6);
        Assert.InRange(a.X, 435_000, 437_000); // 0.67° west of 108°E at 30.3°N: about 64.5 km west of 500 000
        Assert.InRange(a.Y, 3_356_500, 3_357_500); // the meridian arc to 30.33°N is about 3 357 km
        Assert.Equal(4524, zone36.Factory.SRID);
    }

    [Theory]
    [InlineData(MetricGridKind.GaussKruger3, 105)]
    [InlineData(MetricGridKind.GaussKruger3, 108)]
    [InlineData(MetricGridKind.GaussKruger3, 111)]
    [InlineData(MetricGridKind.GaussKruger3ZonePrefixed, 108)]
    [InlineData(MetricGridKind.Utm, 105)]
    [InlineData(MetricGridKind.Utm, 111)]
    public void Project_and_unproject_round_trip_below_a_millimetre(MetricGridKind kind, double centralLon)
    {
        var projection = _factory.Create(MetricGrid.ForLongitude(kind, centralLon));
        var halfWidth = kind == MetricGridKind.Utm ? 3.0 : 1.5;
        var worstMetres = 0.0;
        foreach (var p in Grid(projection.Grid.CentralMeridian - halfWidth, projection.Grid.CentralMeridian + halfWidth, 28.1, 32.2))
        {
            var q = projection.Project(p);
            var back = projection.Unproject(q);
            worstMetres = Math.Max(worstMetres, GreatCircle.DistanceMetres(p, back));
            worstMetres = Math.Max(worstMetres, q.DistanceTo(projection.Project(back)));

            // And from the grid side: a grid position 1 km further east, to WGS84 and back.
            var shifted = new ProjectedPoint(q.X + 1000, q.Y);
            worstMetres = Math.Max(worstMetres, shifted.DistanceTo(projection.Project(projection.Unproject(shifted))));
        }

        Assert.True(worstMetres < 1e-3, $"{projection.Grid}: worst round trip {worstMetres * 1000:F6} mm");
    }

    [Fact]
    public void Geometries_are_projected_vertex_by_vertex_into_a_copy_with_the_grid_srid()
    {
        var projection = _factory.Create(MetricGrid.GaussKruger3(108));
        var shell = new[]
        {
            new CoordinateZ(107.2, 30.2, 350), new CoordinateZ(107.4, 30.2, 360), new CoordinateZ(107.4, 30.4, 370),
            new CoordinateZ(107.2, 30.4, 380), new CoordinateZ(107.2, 30.2, 350),
        };
        var polygon = _services.Wgs84.CreatePolygon(shell);
        var original = polygon.Copy();

        var projected = projection.Project(polygon);

        Assert.Equal(4545, projected.SRID);
        Assert.True(polygon.EqualsExact(original), "the input must not change");
        for (var i = 0; i < shell.Length; i++)
        {
            var expected = projection.Project(new GeoPoint(shell[i].X, shell[i].Y));
            var got = projected.Coordinates[i];
            Assert.Equal((expected.X, expected.Y, shell[i].Z), (got.X, got.Y, got.Z));
        }

        // 0.2° × 0.2° at 30.3°N is about 19.24 km × 22.18 km.
        Assert.InRange(projected.Area / 1e6, 420, 432);

        var back = projection.Unproject(projected);
        Assert.Equal(4326, back.SRID);
        Assert.True(back.EqualsExact(polygon, 1e-10), $"{back} != {polygon}");
    }

    [Fact]
    public void Every_geometry_type_projects_and_comes_back()
    {
        var projection = _factory.Create(MetricGrid.Utm(48));
        var reader = new NetTopologySuite.IO.WKTReader(_services.Nts);
        foreach (var wkt in new[]
        {
            "POINT (107.3 30.3)", "LINESTRING (107 30, 107.5 30.5)", "MULTIPOINT ((107 30), (107.1 30.1))",
            "MULTIPOLYGON (((107 30, 107.1 30, 107.1 30.1, 107 30)))",
            "GEOMETRYCOLLECTION (POINT (107 30), LINESTRING (107 30, 107.2 30.1))", "POINT EMPTY",
        })
        {
            var g = reader.Read(wkt);
            var projected = projection.Project(g);
            Assert.Equal(g.GeometryType, projected.GeometryType);
            Assert.Equal(32648, projected.SRID);
            Assert.True(projection.Unproject(projected).EqualsExact(g, 1e-10), wkt);
        }
    }

    [Fact]
    public void Dianjiang_outline_has_its_known_area_in_both_grids()
    {
        var outline = new GeoJsonReader(_services)
            .ReadFeatureCollectionFile(SharedGeodata.RequireFile("boundary_500231.geojson")).Features[0].Geometry!;

        var gk = _factory.Create(_factory.Choose(MetricGridKind.GaussKruger3, outline));
        var utm = _factory.Create(_factory.Choose(MetricGridKind.Utm, outline));
        Assert.Equal((4545, 32648), (gk.Grid.Srid, utm.Grid.Srid));

        var gkOutline = gk.Project(outline);
        Assert.True(gkOutline.IsValid);
        // Dianjiang county covers 1 518 km² (official figure); Amap's outline gives about that.
        Assert.InRange(gkOutline.Area / 1e6, 1450, 1590);
        // The grids' scale errors differ (GK +0.0003 at 0.67° off, UTM −0.0004 + 2.3° off), so areas agree to 0.2 %.
        var utmArea = utm.Project(outline).Area;
        Assert.InRange(utmArea / gkOutline.Area, 0.998, 1.002);
        Assert.True(gkOutline.Contains(gk.Factory.CreatePoint(ToCoordinate(gk.Project(new GeoPoint(107.328841, 30.330250))))));
    }

    [Fact]
    public void Zones_are_chosen_from_the_middle_of_the_longitude_range()
    {
        GeoPoint[] chongqing = [new(105.2, 28.1), new(110.2, 32.2), new(106.5, 29.5)];
        Assert.Equal(MetricGrid.GaussKruger3(108), _factory.Choose(MetricGridKind.GaussKruger3, chongqing));
        Assert.Equal(MetricGrid.Utm(48), _factory.Choose(MetricGridKind.Utm, chongqing));
        Assert.Equal(MetricGrid.GaussKruger3(108, true), _factory.Choose(MetricGridKind.GaussKruger3ZonePrefixed, chongqing));

        GeoPoint[] fengjie = [new(109.2, 31.0), new(109.6, 31.1)];
        Assert.Equal(MetricGrid.GaussKruger3(108), _factory.Choose(MetricGridKind.GaussKruger3, fengjie));
        Assert.Equal(MetricGrid.Utm(49), _factory.Choose(MetricGridKind.Utm, fengjie));

        GeoPoint[] jiangjin = [new(105.8, 28.8), new(106.6, 29.5)];
        Assert.Equal(105, _factory.CreateFor(jiangjin).Grid.CentralMeridian);

        Assert.Throws<ArgumentException>(() => _factory.Choose(MetricGridKind.Utm, Array.Empty<GeoPoint>()));
        Assert.Throws<ArgumentException>(() => _factory.Choose(MetricGridKind.Utm, [new GeoPoint(200, 30)]));
        Assert.Throws<ArgumentException>(() => _factory.Choose(MetricGridKind.Utm, _services.Wgs84.CreatePoint()));
    }

    [Fact]
    public void Projections_are_built_once_per_grid()
    {
        Assert.Same(_factory.Create(MetricGrid.GaussKruger3(108)), _factory.Create(MetricGrid.ForLongitude(MetricGridKind.GaussKruger3, 107.3)));
        Assert.NotSame(_factory.Create(MetricGrid.GaussKruger3(108)), _factory.Create(MetricGrid.GaussKruger3(108, true)));
    }

    [Fact]
    public void Wkt_describes_the_epsg_grid()
    {
        var wkt = _factory.Create(MetricGrid.GaussKruger3(108)).Wkt;
        Assert.Contains("CGCS2000 / 3-degree Gauss-Kruger CM 108E", wkt);
        Assert.Contains("298.257222101", wkt);
        Assert.Contains("\"central_meridian\",108", wkt.Replace(" ", string.Empty));
        Assert.Contains("4545", wkt);
        var reparsed = new ProjNet.CoordinateSystems.CoordinateSystemFactory().CreateFromWkt(wkt);
        Assert.Equal("CGCS2000 / 3-degree Gauss-Kruger CM 108E", reparsed.Name);
    }

    [Fact]
    public void Wrong_inputs_are_refused()
    {
        var projection = _factory.Create(MetricGrid.GaussKruger3(108));
        Assert.Throws<ArgumentOutOfRangeException>(() => projection.Project(new GeoPoint(double.NaN, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => projection.Project(new GeoPoint(30.3, 107.3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => projection.Unproject(new ProjectedPoint(double.PositiveInfinity, 0)));
        Assert.Throws<ArgumentException>(() => projection.Project(_services.ForSrid(4545).CreatePoint(new Coordinate(500000, 3300000))));
        Assert.Throws<ArgumentException>(() => projection.Unproject(_services.Wgs84.CreatePoint(new Coordinate(107, 30))));
    }

    [Fact]
    public void Concurrent_use_gives_the_same_results_as_sequential_use()
    {
        var projection = _factory.Create(MetricGrid.GaussKruger3(108));
        var points = Grid(106.5, 109.5, 28.1, 32.2).ToArray();
        var sequential = points.Select(projection.Project).ToArray();
        var parallel = new ProjectedPoint[points.Length];
        Parallel.For(0, points.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            parallel[i] = projection.Project(projection.Unproject(projection.Project(points[i])));
        });

        for (var i = 0; i < points.Length; i++)
        {
            Assert.True(sequential[i].DistanceTo(parallel[i]) < 1e-6);
        }
    }

    private static Coordinate ToCoordinate(ProjectedPoint p) => new(p.X, p.Y);

    private static IEnumerable<GeoPoint> Grid(double minLon, double maxLon, double minLat, double maxLat)
    {
        const int steps = 16;
        for (var i = 0; i <= steps; i++)
        {
            for (var j = 0; j <= steps; j++)
            {
                yield return new GeoPoint(minLon + ((maxLon - minLon) * i / steps), minLat + ((maxLat - minLat) * j / steps));
            }
        }
    }
}
