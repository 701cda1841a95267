using Logistics.Core.Geo;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Geodesy;

public class GeometryDatumsTests
{
    private readonly GeometryServices _services = new();

    [Theory]
    [InlineData(CoordinateSystem.Gcj02)]
    [InlineData(CoordinateSystem.Bd09)]
    public void Geometries_convert_vertex_by_vertex_and_back(CoordinateSystem system)
    {
        var line = _services.Wgs84.CreateLineString(
            [new CoordinateZ(107.30, 30.30, 300), new CoordinateZ(107.35, 30.32, 310), new CoordinateZ(107.40, 30.36, 320)]);
        var original = line.Copy();

        var shifted = GeometryDatums.FromWgs84(line, system);

        Assert.True(line.EqualsExact(original), "the input must not change");
        Assert.Equal(4326, shifted.SRID);
        for (var i = 0; i < line.NumPoints; i++)
        {
            var expected = ChinaDatums.FromWgs84(new GeoPoint(line.Coordinates[i].X, line.Coordinates[i].Y), system);
            Assert.Equal((expected.Lon, expected.Lat, line.Coordinates[i].Z), (shifted.Coordinates[i].X, shifted.Coordinates[i].Y, shifted.Coordinates[i].Z));
        }

        var back = GeometryDatums.ToWgs84(shifted, system);
        Assert.True(back.EqualsExact(line, 5e-6), $"{back} vs {line}"); // 5e-6° ≈ 0.5 m (BD-09 has an approximate inverse)
        var shift = GreatCircle.DistanceMetres(GeometryServices.ToGeoPoint(line.Coordinates[0]), GeometryServices.ToGeoPoint(shifted.Coordinates[0]));
        Assert.True(shift > 300, $"a GCJ-02/BD-09 shift is hundreds of metres, got {shift:F1} m");
    }

    [Theory]
    [InlineData(CoordinateSystem.Wgs84)]
    [InlineData(CoordinateSystem.Cgcs2000)]
    public void Wgs84_and_cgcs2000_give_an_equal_copy(CoordinateSystem system)
    {
        var point = _services.CreatePoint(new GeoPoint(107.3, 30.3));
        var copy = GeometryDatums.ToWgs84(point, system);
        Assert.NotSame(point, copy);
        Assert.True(copy.EqualsExact(point));
    }

    [Fact]
    public void Projected_geometries_are_refused()
    {
        var projected = _services.ForSrid(4545).CreatePoint(new Coordinate(436000, 3357000));
        Assert.Throws<ArgumentException>(() => GeometryDatums.ToWgs84(projected, CoordinateSystem.Gcj02));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeometryDatums.ToWgs84(_services.Wgs84.CreatePoint(new Coordinate(1, 1)), (CoordinateSystem)99));
    }

    [Theory]
    [InlineData("500230")]
    [InlineData("500231")]
    [InlineData("500236")]
    public void Amap_county_outline_in_gcj02_converts_to_the_published_wgs84_outline(string code)
    {
        var reader = new GeoJsonReader(_services);
        var gcj = reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile($"boundary_{code}_gcj02.geojson")).Features[0].Geometry!;
        var wgs = reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile($"boundary_{code}.geojson")).Features[0].Geometry!;

        var converted = GeometryDatums.ToWgs84(gcj, CoordinateSystem.Gcj02);

        Assert.True(converted.EqualsExact(wgs, 1e-6), $"{code}: converted outline differs from the WGS84 file by more than 1e-6°");
        Assert.False(gcj.EqualsExact(wgs, 1e-3), "the GCJ-02 outline must really be offset");
    }
}
