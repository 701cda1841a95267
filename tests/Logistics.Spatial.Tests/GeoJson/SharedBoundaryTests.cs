using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Tests.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.GeoJson;

/// <summary>The five real county outlines in ../shared/geodata, read in place.</summary>
public class SharedBoundaryTests
{
    private readonly GeometryServices _services = new();
    private readonly GeoJsonReader _reader;

    public SharedBoundaryTests() => _reader = new GeoJsonReader(_services);

    [Theory]
    [InlineData("500116", "江津区", "Polygon", 0)]
    [InlineData("500230", "丰都县", "MultiPolygon", 0)]
    [InlineData("500231", "垫江县", "Polygon", 0)]
    [InlineData("500236", "奉节县", "Polygon", 2)]
    [InlineData("500242", "酉阳土家族苗族自治县", "Polygon", 0)]
    public void County_outlines_read_with_the_expected_shape(string code, string name, string type, int holes)
    {
        var fc = _reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile($"boundary_{code}.geojson"));

        var feature = Assert.Single(fc.Features);
        Assert.Equal(code, feature.GetString("code"));
        Assert.Equal(name, feature.GetString("name"));
        var geometry = feature.Geometry!;
        Assert.Equal(type, geometry.GeometryType);
        Assert.Equal(holes, Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().Sum(p => p.NumInteriorRings));
        Assert.Equal(4326, geometry.SRID);
        if (type == "MultiPolygon")
        {
            Assert.Equal(2, geometry.NumGeometries);
        }

        // Every outline lies in Chongqing, and its county centre (counties.csv) lies inside it.
        var env = geometry.EnvelopeInternal;
        Assert.True(env.MinX >= 105.2 && env.MaxX <= 110.2 && env.MinY >= 28.1 && env.MaxY <= 32.2, $"{code} extent {env}");
        Assert.True(geometry.Contains(_services.CreatePoint(CountyCentre(code))), $"{code} does not contain its centre");
    }

    [Fact]
    public void Dianjiang_is_valid_and_contains_its_centre_and_townships()
    {
        var polygon = (Polygon)_reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile("boundary_500231.geojson")).Features[0].Geometry!;
        Assert.True(polygon.IsValid);
        Assert.True(polygon.Contains(_services.CreatePoint(CountyCentre("500231"))));

        // Dianjiang is about 1 518 km²; in degrees² at 30.3°N that is ~0.1427 (1° lon ≈ 96.1 km, 1° lat ≈ 110.9 km).
        Assert.InRange(polygon.Area * 96.1 * 110.9, 1400, 1650);

        var townships = File.ReadLines(SharedGeodata.RequireFile("townships_500231.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new GeoPoint(double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(26, townships.Count);
        Assert.All(townships, t => Assert.True(polygon.Contains(_services.CreatePoint(t)), $"township {t} outside"));
    }

    [Theory]
    [InlineData("500116")]
    [InlineData("500230")]
    [InlineData("500231")]
    [InlineData("500236")]
    [InlineData("500242")]
    public void Gcj02_outline_converted_to_wgs84_matches_the_wgs84_file_vertex_by_vertex(string code)
    {
        var wgs = _reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile($"boundary_{code}.geojson")).Features[0].Geometry!;
        var gcj = _reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile($"boundary_{code}_gcj02.geojson")).Features[0].Geometry!;

        var expected = wgs.Coordinates;
        var published = gcj.Coordinates;
        Assert.Equal(expected.Length, published.Length);
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            var got = ChinaDatums.Gcj02ToWgs84(new GeoPoint(published[i].X, published[i].Y));
            worst = Math.Max(worst, Math.Max(Math.Abs(got.Lon - expected[i].X), Math.Abs(got.Lat - expected[i].Y)));
        }

        Assert.True(worst <= 1e-6, $"{code}: worst vertex differs by {worst:E2}°");
    }

    [Theory]
    [InlineData("500230")]
    [InlineData("500231")]
    [InlineData("500236")]
    public void Outlines_round_trip_through_the_writer(string code)
    {
        var fc = _reader.ReadFeatureCollectionFile(SharedGeodata.RequireFile($"boundary_{code}.geojson"));
        var writer = new GeoJsonWriter();
        var json = writer.Write(fc);
        var back = _reader.ReadFeatureCollection(json, "round-trip.geojson");

        var original = fc.Features[0].Geometry!;
        var copy = back.Features[0].Geometry!;
        // The files have 6 decimals, so 7-decimal output is lossless; only ring orientation may change.
        Assert.True(original.Normalized().EqualsExact(copy.Normalized()), $"{code} changed in a round trip");
        Assert.Equal(fc.Features[0].Properties.Keys, back.Features[0].Properties.Keys);
        Assert.Equal(json, writer.Write(back));
    }

    private static GeoPoint CountyCentre(string code)
    {
        var row = File.ReadLines(SharedGeodata.RequireFile("counties.csv")).Select(l => l.Split(',')).Single(f => f[0] == code);
        return new GeoPoint(double.Parse(row[2], CultureInfo.InvariantCulture), double.Parse(row[3], CultureInfo.InvariantCulture));
    }
}
