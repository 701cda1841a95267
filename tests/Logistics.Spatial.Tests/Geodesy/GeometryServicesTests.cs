using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Geodesy;

public class GeometryServicesTests
{
    [Fact]
    public void Wgs84_factory_is_floating_with_srid_4326()
    {
        var services = new GeometryServices();
        Assert.Equal(4326, services.Wgs84.SRID);
        Assert.Equal(PrecisionModels.Floating, services.Wgs84.PrecisionModel.PrecisionModelType);
        Assert.Same(services.Wgs84, services.ForSrid(GeometryServices.Wgs84Srid));
    }

    [Fact]
    public void Points_keep_full_double_precision_in_lon_lat_order()
    {
        var services = new GeometryServices();
        var p = new GeoPoint(107.32884123456789, 30.33025098765432);
        var point = services.CreatePoint(p);
        Assert.Equal(p.Lon, point.X);
        Assert.Equal(p.Lat, point.Y);
        Assert.Equal(4326, point.SRID);
        Assert.Equal(p, GeometryServices.ToGeoPoint(point.Coordinate));
    }

    [Fact]
    public void Projected_factories_carry_their_srid_and_the_same_precision()
    {
        var services = new GeometryServices();
        var factory = services.ForSrid(4545);
        Assert.Equal(4545, factory.SRID);
        Assert.Equal(services.Wgs84.PrecisionModel, factory.PrecisionModel);
        Assert.Equal(4545, factory.CreatePoint(new Coordinate(500000, 3300000)).SRID);
    }
}
