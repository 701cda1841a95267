using Logistics.Core.Geo;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Projection;

namespace Logistics.Spatial.Tests.Coverage;

public class ServiceAreaBuilderTests
{
    private readonly GeometryServices _geometry = new();

    private ServiceAreaBuilder Builder => new(_geometry, new ProjectionFactory(_geometry));

    private static GeoPoint North(double km) => new(107.4, 29.5 + (km * 1000.0 / (GreatCircle.MeanEarthRadiusMetres * Math.PI / 180.0)));

    [Theory]
    [InlineData(3000)]
    [InlineData(5000)]
    public void One_isolated_outlet_gives_a_circle_of_area_pi_r_squared(double radius)
    {
        var area = Builder.Build([North(0)], radius);

        Assert.Equal(GeometryServices.Wgs84Srid, area.SRID);
        Assert.Equal(Math.PI * radius * radius, Builder.AreaSquareMetres(area), Math.PI * radius * radius * 0.01);
        Assert.True(area.Contains(_geometry.CreatePoint(North(0))));
        Assert.True(area.Contains(_geometry.CreatePoint(North((radius / 1000) - 0.05))));
        Assert.False(area.Contains(_geometry.CreatePoint(North((radius / 1000) + 0.05))));
    }

    [Fact]
    public void Overlapping_circles_are_unioned_and_far_points_stay_outside()
    {
        GeoPoint[] outlets = [North(0), North(4), North(20)];
        var area = Builder.Build(outlets, 3000);

        Assert.Equal(2, area.NumGeometries);
        Assert.All(outlets, o => Assert.True(area.Contains(_geometry.CreatePoint(o))));
        Assert.True(area.Contains(_geometry.CreatePoint(North(2))));
        Assert.False(area.Contains(_geometry.CreatePoint(North(12))));

        // Two circles 4 km apart overlap in a lens of 2r²·acos(d/2r) − (d/2)·√(4r² − d²).
        double r = 3000;
        double d = 4000;
        double lens = (2 * r * r * Math.Acos(d / (2 * r))) - ((d / 2) * Math.Sqrt((4 * r * r) - (d * d)));
        double expected = (3 * Math.PI * r * r) - lens;
        Assert.Equal(expected, Builder.AreaSquareMetres(area), expected * 0.01);
    }

    [Fact]
    public void The_clip_cuts_the_circle()
    {
        // Keep only the part south of the outlet's parallel: half the circle.
        var clip = _geometry.Wgs84.ToGeometry(new NetTopologySuite.Geometries.Envelope(107.0, 107.8, 29.0, North(0).Lat));
        var area = Builder.Build([North(0)], 3000, clip);

        Assert.Equal(Math.PI * 3000 * 3000 / 2, Builder.AreaSquareMetres(area), Math.PI * 3000 * 3000 * 0.005);
        Assert.False(area.Contains(_geometry.CreatePoint(North(1))));
        Assert.True(area.Contains(_geometry.CreatePoint(North(-1))));
    }

    [Fact]
    public void No_outlet_or_a_zero_radius_gives_an_empty_area()
    {
        Assert.True(Builder.Build([], 3000).IsEmpty);
        Assert.True(Builder.Build([North(0)], 0).IsEmpty);
        Assert.Equal(0, Builder.AreaSquareMetres(Builder.Build([], 3000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Builder.Build([North(0)], -1));
    }
}
