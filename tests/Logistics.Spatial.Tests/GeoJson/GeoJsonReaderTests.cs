using System.Text;
using Logistics.Core.Errors;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.GeoJson;

public class GeoJsonReaderTests
{
    private readonly GeoJsonReader _reader = new(new GeometryServices());

    [Fact]
    public void Reads_a_point_feature_collection_with_ids_and_properties()
    {
        const string json = """
            {"type": "FeatureCollection", "name": "sites", "bbox": [107, 30, 108, 31],
             "features": [
               {"type": "Feature", "id": "S1", "geometry": {"type": "Point", "coordinates": [107.3288, 30.3302]},
                "properties": {"name": "桂溪街道", "tier": "township", "demand": 12.5, "lat_text": "30.1", "open": true, "note": null}},
               {"type": "Feature", "id": 42, "geometry": {"type": "Point", "coordinates": [107.35, 30.32, 412.5]}, "properties": null},
               {"type": "Feature", "geometry": null, "properties": {"name": "unlocated"}}
             ]}
            """;
        var fc = _reader.ReadFeatureCollection(json, "sites.geojson");

        Assert.Equal(3, fc.Features.Count);
        var first = fc.Features[0];
        Assert.Equal(GeoJsonFeatureId.FromString("S1"), first.Id);
        var point = Assert.IsType<Point>(first.Geometry);
        Assert.Equal((107.3288, 30.3302), (point.X, point.Y));
        Assert.Equal(4326, point.SRID);
        Assert.Equal(["name", "tier", "demand", "lat_text", "open", "note"], first.Properties.Keys);
        Assert.Equal("桂溪街道", first.GetString("name"));
        Assert.Equal("12.5", first.GetString("demand"));
        Assert.True(first.TryGetDouble("demand", out var demand) && demand == 12.5);
        Assert.True(first.TryGetDouble("lat_text", out var latText) && latText == 30.1);
        Assert.False(first.TryGetDouble("name", out _));
        Assert.Equal("true", first.GetString("open"));
        Assert.Null(first.GetString("note"));
        Assert.Null(first.GetString("missing"));

        Assert.Equal(new GeoJsonFeatureId("42", true), fc.Features[1].Id);
        Assert.Empty(fc.Features[1].Properties);
        Assert.Equal(412.5, fc.Features[1].Geometry!.Coordinate.Z);
        Assert.Null(fc.Features[2].Geometry);
    }

    [Fact]
    public void Reads_every_geometry_type()
    {
        const string json = """
            {"type": "GeometryCollection", "geometries": [
              {"type": "Point", "coordinates": [1, 2]},
              {"type": "LineString", "coordinates": [[0, 0], [1, 1], [2, 0]]},
              {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]]]},
              {"type": "MultiPoint", "coordinates": [[1, 1], [2, 2]]},
              {"type": "MultiLineString", "coordinates": [[[0, 0], [1, 1]], [[2, 2], [3, 3]]]},
              {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]},
              {"type": "GeometryCollection", "geometries": []}
            ]}
            """;
        var collection = Assert.IsType<GeometryCollection>(_reader.ReadGeometry(json, "all.geojson"));
        Assert.Equal(
            ["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"],
            collection.Geometries.Select(g => g.GeometryType));
        var polygon = (Polygon)collection.Geometries[2];
        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.Equal(100 - 4, polygon.Area);
        Assert.True(polygon.IsValid);
        Assert.Equal(2, collection.Geometries[5].NumGeometries);
        Assert.True(collection.Geometries.All(g => g.SRID == 4326));
    }

    [Fact]
    public void A_single_feature_or_a_bare_geometry_reads_as_a_collection_of_one()
    {
        var feature = _reader.ReadFeatureCollection("""{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"a":1}}""", "f.json");
        Assert.Equal("1", Assert.Single(feature.Features).GetString("a"));

        var bare = _reader.ReadFeatureCollection("""{"type":"LineString","coordinates":[[1,2],[3,4]]}""", "g.json");
        Assert.IsType<LineString>(Assert.Single(bare.Features).Geometry);
    }

    [Fact]
    public void Empty_geometries_are_read()
    {
        Assert.True(_reader.ReadGeometry("""{"type":"Point","coordinates":[]}""", "e.json").IsEmpty);
        Assert.True(_reader.ReadGeometry("""{"type":"Polygon","coordinates":[]}""", "e.json").IsEmpty);
        Assert.True(_reader.ReadGeometry("""{"type":"MultiPolygon","coordinates":[]}""", "e.json").IsEmpty);
    }

    [Fact]
    public void Errors_name_the_file_the_feature_and_the_json_path()
    {
        const string json = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "s1", "geometry": {"type": "Point", "coordinates": [107.1, 30.1]}, "properties": {}},
              {"type": "Feature", "id": "s2", "geometry": {"type": "Point", "coordinates": [107.2, 30.2]}, "properties": {}},
              {"type": "Feature", "id": "s3", "geometry": {"type": "Point", "coordinates": [107.3, 30.3]}, "properties": {}},
              {"type": "Feature", "id": "s4", "geometry": {"type": "Point", "coordinates": [107.4]}, "properties": {}},
              {"type": "Feature", "id": "s5", "geometry": {"type": "Point", "coordinates": [107.5, "30.5"]}, "properties": {}}
            ]}
            """;
        var ex = Assert.Throws<DataValidationException>(() => _reader.ReadFeatureCollection(json, "sites.geojson"));

        Assert.Equal(2, ex.Errors.Count);
        var first = ex.Errors[0];
        Assert.Equal("geojson-geometry", first.Code);
        Assert.Equal("sites.geojson", first.File);
        Assert.Equal("features[3].geometry", first.Column);
        Assert.Equal("feature 3 (id s4)", first.Entity);
        Assert.Contains("[107.4]", first.Value);
        Assert.Equal("features[4].geometry", ex.Errors[1].Column);
        Assert.Contains("30.5", ex.Errors[1].Value);
        Assert.Contains("sites.geojson", ex.Message);
        Assert.Contains("features[3].geometry", ex.Message);
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}""", "geojson-geometry", "$")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}""", "geojson-geometry", "coordinates")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]],[[0.1,0.1],[0.2,0.1],[0.2,0.2]]]}""", "geojson-geometry", "$")]
    [InlineData("""{"type":"LineString","coordinates":[[0,0]]}""", "geojson-geometry", "$")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]], 5]}""", "geojson-geometry", "$")]
    [InlineData("""{"type":"Point","coordinates":[500123.4, 3356789.0]}""", "geojson-not-lon-lat", "coordinates")]
    [InlineData("""{"type":"Point","coordinates":[30.3, 107.3]}""", "geojson-not-lon-lat", "coordinates")]
    [InlineData("""{"type":"Circle","coordinates":[1,2]}""", "geojson-type", "type")]
    [InlineData("""{"coordinates":[1,2]}""", "geojson-missing-member", "$")]
    [InlineData("""{"type":"Point"}""", "geojson-missing-member", "$")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"Point","coordinates":null}]}""", "geojson-bad-coordinates", "geometries[1].coordinates")]
    [InlineData("[1, 2]", "geojson-type", "$")]
    public void Bad_geometries_are_reported_with_their_path(string json, string code, string path)
    {
        var ex = Assert.Throws<DataValidationException>(() => _reader.ReadGeometry(json, "bad.geojson"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Column);
        Assert.Equal("bad.geojson", error.File);
    }

    [Fact]
    public void Syntax_errors_give_the_line()
    {
        const string json = "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"geometry\": null}\n]}";
        var ex = Assert.Throws<DataValidationException>(() => _reader.ReadFeatureCollection(json, "broken.geojson"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("geojson-syntax", error.Code);
        Assert.Equal("broken.geojson", error.File);
        Assert.Equal(3, error.Row);
    }

    [Theory]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", true)]
    [InlineData("EPSG:4326", true)]
    [InlineData("urn:ogc:def:crs:EPSG::4545", false)]
    [InlineData("EPSG:4490", false)]
    public void Old_style_crs_members_other_than_wgs84_are_refused(string crsName, bool accepted)
    {
        var json = $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"{{{crsName}}}"}},"features":[]}""";
        if (accepted)
        {
            Assert.Empty(_reader.ReadFeatureCollection(json, "crs.geojson").Features);
        }
        else
        {
            var error = Assert.Single(Assert.Throws<DataValidationException>(() => _reader.ReadFeatureCollection(json, "crs.geojson")).Errors);
            Assert.Equal(("geojson-crs", "crs", crsName), (error.Code, error.Column, error.Value));
        }
    }

    [Fact]
    public void Feature_level_problems_are_reported()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":[1],"geometry":null,"properties":{}},
              {"type":"Feature","properties":{}},
              {"type":"Feature","geometry":null,"properties":[1]},
              {"type":"Feature","geometry":null,"properties":{"a":1,"a":2}},
              {"type":"Place","geometry":null,"properties":{}}
            ]}
            """;
        var errors = Assert.Throws<DataValidationException>(() => _reader.ReadFeatureCollection(json, "f.geojson")).Errors;
        Assert.Equal(
            [
                ("geojson-id", "features[0].id"),
                ("geojson-missing-member", "features[1]"),
                ("geojson-properties", "features[2].properties"),
                ("geojson-duplicate-property", "features[3].properties.a"),
                ("geojson-type", "features[4].type"),
            ],
            errors.Select(e => (e.Code, e.Column!)));
    }

    [Fact]
    public void A_missing_file_is_a_data_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.geojson");
        var error = Assert.Single(Assert.Throws<DataValidationException>(() => _reader.ReadFeatureCollectionFile(path)).Errors);
        Assert.Equal(("geojson-file", path), (error.Code, error.File));
    }

    [Fact]
    public void Reads_from_a_utf8_stream_with_a_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[107,30]},"properties":{"名称":"垫江"}}]}""")).ToArray();
        using var stream = new MemoryStream(bytes);
        var fc = _reader.ReadFeatureCollection(stream, "bom.geojson");
        Assert.Equal("垫江", fc.Features[0].GetString("名称"));
    }
}
