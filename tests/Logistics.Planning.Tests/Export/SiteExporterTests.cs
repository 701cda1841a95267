using System.Text;
using Logistics.Core.Geo;
using Logistics.Planning.Export;
using Logistics.Planning.Import;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Import;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Tests.Export;

public class SiteExporterTests
{
    private static IReadOnlyList<Site> Sites => ExportFixture.Scenario().Sites;

    private static IReadOnlyList<Site> RoundTrip(string fileName, ExportOptions? export = null, ImportOptions? import = null)
    {
        var path = Path.Combine(TestFiles.TempDirectory(), fileName);
        SiteExporter.Write(Sites, path, export);
        var result = SiteImporter.Read(path, import);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Value!;
    }

    [Theory]
    [InlineData("sites.csv")]
    [InlineData("sites.xlsx")]
    [InlineData("sites.geojson")]
    public void Export_then_import_gives_equal_sites(string fileName) =>
        Assert.Equal(Sites, RoundTrip(fileName));

    [Fact]
    public void Gb18030_csv_round_trips_and_is_not_utf8()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "sites.csv");
        SiteExporter.Write(Sites, path, new ExportOptions { CsvEncoding = CsvExportEncoding.Gb18030 });
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("GB18030", TextEncodings.DisplayName(TextEncodings.Detect(bytes)));
        Assert.Equal(Sites, SiteImporter.Read(path).GetValueOrThrow());
    }

    [Fact]
    public void Csv_starts_with_a_bom_and_english_headers()
    {
        using var stream = new MemoryStream();
        SiteExporter.WriteCsv(Sites, stream);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,name,tier,township_code,village_code,lon,lat,crs,estimated,open,close,visits_per_week,population,households,demand_mon_consumer_kg,demand_mon_consumer_m3,", text);
        Assert.Contains("\"\"\"新民\"\"镇, 三村\"", text);
        Assert.Contains(",23:59:59,", text);
    }

    [Theory]
    [InlineData("sites.csv")]
    [InlineData("sites.xlsx")]
    [InlineData("sites.geojson")]
    public void Gcj02_export_writes_gcj02_coordinates_and_reads_back_to_the_same_places(string fileName)
    {
        var back = RoundTrip(fileName, new ExportOptions { CoordinateSystem = CoordinateSystem.Gcj02 });
        Assert.Equal(Sites.Count, back.Count);
        for (var i = 0; i < Sites.Count; i++)
        {
            Assert.True(GreatCircle.DistanceMetres(Sites[i].Location, back[i].Location) < 0.001, $"{Sites[i].Id} moved");
            Assert.Equal(Sites[i] with { Location = back[i].Location }, back[i]);
        }
    }

    [Fact]
    public void GeoJson_has_points_and_a_crs_property()
    {
        using var stream = new MemoryStream();
        SiteExporter.WriteGeoJson(Sites, stream, new ExportOptions { CoordinateSystem = CoordinateSystem.Gcj02 });
        using var doc = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(Sites.Count, features.GetArrayLength());
        var first = features[0];
        Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("GCJ02", first.GetProperty("properties").GetProperty("crs").GetString());
        Assert.Equal("垫江县集采集配中心", first.GetProperty("properties").GetProperty("name").GetString());
        var gcj = ChinaDatums.Wgs84ToGcj02(Sites[0].Location);
        Assert.Equal(gcj.Lon, first.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        Assert.Equal(gcj.Lat, first.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
    }

    [Fact]
    public void GeoJson_export_is_valid_rfc7946_for_the_spatial_reader()
    {
        using var stream = new MemoryStream();
        SiteExporter.WriteGeoJson(Sites, stream);
        stream.Position = 0;
        var collection = new Logistics.Spatial.GeoJson.GeoJsonReader(new GeometryServices()).ReadFeatureCollection(stream, "sites.geojson");
        Assert.Equal(Sites.Count, collection.Features.Count);
        for (var i = 0; i < Sites.Count; i++)
        {
            var f = collection.Features[i];
            var point = Assert.IsType<NetTopologySuite.Geometries.Point>(f.Geometry);
            Assert.Equal(Sites[i].Location, GeometryServices.ToGeoPoint(point.Coordinate));
            Assert.Equal(Sites[i].Name, f.GetString("name"));
            Assert.Equal("WGS84", f.GetString("crs"));
        }
    }

    [Fact]
    public void Unknown_extension_is_refused()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "sites.txt.bak");
        Assert.Throws<ArgumentException>(() => SiteExporter.Write(Sites, path));
    }
}
