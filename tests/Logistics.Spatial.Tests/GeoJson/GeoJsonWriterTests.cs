using System.Text;
using System.Text.Json.Nodes;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Logistics.Spatial.Tests.GeoJson;

public class GeoJsonWriterTests
{
    private readonly GeometryServices _services = new();
    private readonly GeoJsonWriter _writer = new();
    private readonly GeoJsonReader _reader;

    public GeoJsonWriterTests() => _reader = new GeoJsonReader(_services);

    [Fact]
    public void Writes_rfc7946_with_fixed_member_order_rounding_and_unescaped_chinese()
    {
        var point = _services.Wgs84.CreatePoint(new Coordinate(107.12345675, -0.000000001));
        var feature = new GeoJsonFeature(
            point,
            [
                new("name", JsonValue.Create("垫江 \"县\"")),
                new("n", JsonValue.Create(3)),
                new("ok", JsonValue.Create(true)),
                new("none", null),
                new("tags", new JsonArray(JsonValue.Create("a"), JsonValue.Create(1.5))),
            ],
            GeoJsonFeatureId.FromNumber(7));
        var unlocated = new GeoJsonFeature(null, id: GeoJsonFeatureId.FromString("x"));

        var json = _writer.Write(new GeoJsonFeatureCollection([feature, unlocated]));

        // 107.12345675 rounds half away from zero to 7 decimals; -1e-9 rounds to 0, never "-0".
        Assert.Equal(
            """{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[107.1234568,0]},"properties":{"name":"垫江 \"县\"","n":3,"ok":true,"none":null,"tags":["a",1.5]}},{"type":"Feature","id":"x","geometry":null,"properties":{}}]}""",
            json);
    }

    [Fact]
    public void Properties_made_in_code_read_like_properties_read_from_a_file()
    {
        var feature = new GeoJsonFeature(
            null,
            [new("int", JsonValue.Create(3)), new("decimal", JsonValue.Create(2.5m)), new("text", JsonValue.Create("4.25")), new("char", JsonValue.Create('x'))]);
        Assert.True(feature.TryGetDouble("int", out var i) && i == 3);
        Assert.True(feature.TryGetDouble("decimal", out var d) && d == 2.5);
        Assert.True(feature.TryGetDouble("text", out var t) && t == 4.25);
        Assert.Equal("3", feature.GetString("int"));
        Assert.Equal("x", feature.GetString("char"));

        var read = _reader.ReadFeatureCollection(_writer.Write(new GeoJsonFeatureCollection([feature])), "code.geojson").Features[0];
        Assert.Equal(feature.Properties.Keys, read.Properties.Keys);
        Assert.All(feature.Properties.Keys, k => Assert.Equal(feature.GetString(k), read.GetString(k)));
    }

    [Fact]
    public void Polygons_follow_the_right_hand_rule()
    {
        // Exterior clockwise and hole counter-clockwise on input: both must be reversed.
        var polygon = (Polygon)new WKTReader(_services.Nts).Read(
            "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        var json = _writer.Write(polygon);
        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}""",
            json);

        var back = (Polygon)_reader.ReadGeometry(json, "p.json");
        Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(back.Shell.CoordinateSequence));
        Assert.False(NetTopologySuite.Algorithm.Orientation.IsCCW(back.Holes[0].CoordinateSequence));
        Assert.True(back.EqualsTopologically(polygon));
    }

    [Theory]
    [InlineData("POINT (107.3288412 30.330251)")]
    [InlineData("POINT EMPTY")]
    [InlineData("LINESTRING (107 30, 107.5 30.25, 108 30.1)")]
    [InlineData("POLYGON ((107 30, 108 30, 108 31, 107 31, 107 30), (107.2 30.2, 107.2 30.4, 107.4 30.4, 107.2 30.2))")]
    [InlineData("POLYGON EMPTY")]
    [InlineData("MULTIPOINT ((107 30), (107.1 30.1))")]
    [InlineData("MULTILINESTRING ((107 30, 107.1 30.1), (108 31, 108.1 31.2, 108.2 31))")]
    [InlineData("MULTIPOLYGON (((107 30, 108 30, 108 31, 107 30)), ((109 30, 110 30, 110 31, 109 31, 109 30), (109.2 30.2, 109.2 30.4, 109.4 30.4, 109.2 30.2)))")]
    [InlineData("GEOMETRYCOLLECTION (POINT (107 30), LINESTRING (107 30, 108 31), POLYGON ((107 30, 108 30, 108 31, 107 30)))")]
    [InlineData("GEOMETRYCOLLECTION EMPTY")]
    [InlineData("POINT Z (107 30 412.125)")]
    public void Every_geometry_type_round_trips(string wkt)
    {
        var geometry = new WKTReader(_services.Nts) { IsOldNtsCoordinateSyntaxAllowed = false }.Read(wkt);
        var json = _writer.Write(geometry);
        var back = _reader.ReadGeometry(json, "rt.json");

        Assert.Equal(geometry.GeometryType, back.GeometryType);
        Assert.True(geometry.EqualsExact(back), $"{wkt} came back as {back} via {json}");
        Assert.Equal(json, _writer.Write(back));
        if (geometry.Coordinate is { } c && !double.IsNaN(c.Z))
        {
            Assert.Equal(c.Z, back.Coordinate.Z);
        }
    }

    [Fact]
    public void Feature_collections_round_trip_byte_for_byte()
    {
        const string json = """{"type":"FeatureCollection","features":[{"type":"Feature","id":"S1","geometry":{"type":"Point","coordinates":[107.3288412,30.330251]},"properties":{"name":"桂溪街道","demand":12.5,"flags":{"cold":false}}},{"type":"Feature","id":2,"geometry":{"type":"MultiLineString","coordinates":[[[107,30],[107.1,30.1]]]},"properties":{}}]}""";
        var once = _reader.ReadFeatureCollection(json, "in.geojson");
        Assert.Equal(json, _writer.Write(once));
    }

    [Fact]
    public void Indented_output_reads_back_the_same()
    {
        var indented = new GeoJsonWriter(decimals: 6, indented: true);
        var line = _services.Wgs84.CreateLineString([new Coordinate(107.1234564, 30.1), new Coordinate(107.2, 30.2)]);
        var text = indented.Write(line);
        Assert.Contains("\n", text);
        var back = (LineString)_reader.ReadGeometry(text, "i.json");
        Assert.Equal(107.123456, back.GetCoordinateN(0).X);
    }

    [Fact]
    public void Writes_files_and_streams_as_utf8_without_bom()
    {
        var fc = new GeoJsonFeatureCollection([new GeoJsonFeature(_services.Wgs84.CreatePoint(new Coordinate(107, 30)), [new("名", JsonValue.Create("垫江"))])]);
        var path = Path.Combine(Path.GetTempPath(), $"logistics-geojson-{Guid.NewGuid():N}.geojson");
        try
        {
            _writer.WriteFile(path, fc);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(_writer.Write(fc), Encoding.UTF8.GetString(bytes));
            Assert.Equal("垫江", _reader.ReadFeatureCollectionFile(path).Features[0].GetString("名"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rejects_nonsense_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoJsonWriter(decimals: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoJsonWriter(decimals: 16));
        Assert.Throws<ArgumentException>(() => _writer.Write(_services.Wgs84.CreatePoint(new Coordinate(double.NaN, 1))));
        Assert.Throws<ArgumentException>(() => new GeoJsonFeature(null, [new("a", null), new("a", null)]));
        // A geometry projected to a metric grid (here EPSG:4545) is not longitude/latitude.
        Assert.Throws<ArgumentException>(() => _writer.Write(_services.ForSrid(4545).CreatePoint(new Coordinate(436000, 3357000))));
    }
}
