using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Regions;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Regions;

public class LocalPlaneTests
{
    private static readonly LocalPlane Dianjiang = new(107.33, 30.33);

    [Fact]
    public void Kilometres_match_great_circle_distances_within_one_percent()
    {
        foreach (var (lon, lat) in new[] { (107.5, 30.33), (107.33, 30.5), (107.1, 30.1), (107.6, 30.6) })
        {
            var xy = Dianjiang.ToPlane(new Coordinate(lon, lat));
            var plane = Math.Sqrt((xy.X * xy.X) + (xy.Y * xy.Y));
            var great = GreatCircle.DistanceKm(new GeoPoint(107.33, 30.33), new GeoPoint(lon, lat));
            Assert.InRange(plane / great, 0.99, 1.01);
        }
    }

    [Fact]
    public void Round_trips_points_and_geometries()
    {
        var c = new Coordinate(107.412345, 30.212345);
        var back = Dianjiang.ToLonLat(Dianjiang.ToPlane(c));
        Assert.Equal(c.X, back.X, 9);
        Assert.Equal(c.Y, back.Y, 9);

        var factory = new GeometryServices().Wgs84;
        var square = factory.CreatePolygon([new(107.3, 30.3), new(107.4, 30.3), new(107.4, 30.4), new(107.3, 30.4), new(107.3, 30.3)]);
        var plane = Dianjiang.ToPlane(square);
        Assert.InRange(plane.Area, 106.0, 107.6); // 0.1° × 0.1° at 30.35° N ≈ 9.61 km × 11.09 km
        Assert.True(Dianjiang.ToLonLat(plane).EqualsExact(square, 1e-9));
        Assert.Equal(107.3, square.Coordinates[0].X); // the input is not modified
    }

    [Fact]
    public void Rejects_polar_or_non_finite_origins()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalPlane(0, 89));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalPlane(double.NaN, 30));
    }
}
