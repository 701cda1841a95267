using Logistics.Spatial.Projection;

namespace Logistics.Spatial.Tests.Projection;

public class MetricGridTests
{
    [Theory]
    [InlineData(105.2, 105, 35, 4544)]
    [InlineData(106.49, 105, 35, 4544)]
    [InlineData(106.5, 108, 36, 4545)] // a boundary goes east
    [InlineData(107.33, 108, 36, 4545)] // Dianjiang
    [InlineData(109.39, 108, 36, 4545)] // Fengjie
    [InlineData(109.6, 111, 37, 4546)]
    [InlineData(73.5, 75, 25, 4534)]
    [InlineData(134.7, 135, 45, 4554)]
    public void Gauss_kruger_zone_follows_three_times_round_lon_over_three(double lon, int cm, int zone, int epsg)
    {
        var grid = MetricGrid.ForLongitude(MetricGridKind.GaussKruger3, lon);
        Assert.Equal((MetricGridKind.GaussKruger3, cm, zone, epsg, 500_000.0, 1.0), (grid.Kind, grid.CentralMeridian, grid.Zone, grid.Srid, grid.FalseEasting, grid.ScaleFactor));
        Assert.Equal($"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E", grid.Name);

        var prefixed = MetricGrid.ForLongitude(MetricGridKind.GaussKruger3ZonePrefixed, lon);
        Assert.Equal((cm, zone, epsg - 21, (zone * 1_000_000.0) + 500_000.0), (prefixed.CentralMeridian, prefixed.Zone, prefixed.Srid, prefixed.FalseEasting));
        Assert.Equal($"CGCS2000 / 3-degree Gauss-Kruger zone {zone}", prefixed.Name);
    }

    [Fact]
    public void Published_epsg_codes_of_the_108e_zone()
    {
        Assert.Equal(4545, MetricGrid.GaussKruger3(108).Srid);
        var zone36 = MetricGrid.GaussKruger3(108, zonePrefixed: true);
        Assert.Equal((4524, 36, 36_500_000.0), (zone36.Srid, zone36.Zone, zone36.FalseEasting));
        Assert.Equal((4513, 4533), (MetricGrid.GaussKruger3(75, true).Srid, MetricGrid.GaussKruger3(135, true).Srid));
        Assert.Equal("EPSG:4545 CGCS2000 / 3-degree Gauss-Kruger CM 108E", MetricGrid.GaussKruger3(108).ToString());
    }

    [Theory]
    [InlineData(105.2, 48, 105)]
    [InlineData(107.99, 48, 105)]
    [InlineData(108.0, 49, 111)]
    [InlineData(110.2, 49, 111)]
    [InlineData(-180, 1, -177)]
    [InlineData(180, 60, 177)]
    [InlineData(44.4, 38, 45)]
    public void Utm_zone_from_longitude(double lon, int zone, int cm)
    {
        var grid = MetricGrid.ForLongitude(MetricGridKind.Utm, lon);
        Assert.Equal((zone, cm, 32600 + zone, 0.9996, 500_000.0), (grid.Zone, grid.CentralMeridian, grid.Srid, grid.ScaleFactor, grid.FalseEasting));
        Assert.Equal($"WGS 84 / UTM zone {zone}N", grid.Name);
    }

    [Theory]
    [InlineData(107)]
    [InlineData(72)]
    [InlineData(138)]
    public void Gauss_kruger_outside_china_or_off_the_3_degree_raster_is_refused(int cm) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricGrid.GaussKruger3(cm));

    [Fact]
    public void Nonsense_longitudes_and_zones_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricGrid.ForLongitude(MetricGridKind.Utm, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricGrid.ForLongitude(MetricGridKind.Utm, 181));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricGrid.ForLongitude(MetricGridKind.GaussKruger3, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricGrid.Utm(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricGrid.Utm(61));
    }

    [Fact]
    public void Grids_compare_by_value()
    {
        Assert.Equal(MetricGrid.Utm(48), MetricGrid.ForLongitude(MetricGridKind.Utm, 106));
        Assert.NotEqual(MetricGrid.GaussKruger3(108), MetricGrid.GaussKruger3(108, zonePrefixed: true));
    }
}
