using System.Text.Json;
using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Planning.Import;
using Logistics.Spatial.Geodesy;

namespace Logistics.Cli.Tests.Commands;

public class ConvertCommandTests
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-convert").FullName, name);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([ConvertCommand.Create()], ["convert", .. args]);

    [Fact]
    public void Csv_to_geojson_in_gcj02_and_back_to_csv_keeps_the_sites()
    {
        var geojson = Temp("sites.geojson");
        var (exit, output) = Run(Data("sites-clean.csv"), geojson, "--to-crs", "GCJ02");
        Assert.True(exit == 0, output);
        Assert.Contains("7 site(s), GCJ02", output);

        using (var doc = JsonDocument.Parse(File.ReadAllText(geojson)))
        {
            var hub = doc.RootElement.GetProperty("features")[0];
            Assert.Equal("GCJ02", hub.GetProperty("properties").GetProperty("crs").GetString());
            var c = hub.GetProperty("geometry").GetProperty("coordinates");
            var expected = ChinaDatums.Wgs84ToGcj02(new GeoPoint(108.7674, 28.8413));
            Assert.Equal(expected.Lon, c[0].GetDouble(), 9);
            Assert.Equal(expected.Lat, c[1].GetDouble(), 9);
        }

        var csv = Temp("back.csv");
        Assert.Equal(0, Run(geojson, csv).Exit);
        var original = SiteImporter.Read(Data("sites-clean.csv")).GetValueOrThrow();
        var back = SiteImporter.Read(csv).GetValueOrThrow();
        Assert.Equal(original.Count, back.Count);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.True(GreatCircle.DistanceMetres(original[i].Location, back[i].Location) < 0.001);
            Assert.Equal(original[i] with { Location = back[i].Location }, back[i]);
        }
    }

    [Fact]
    public void From_crs_reinterprets_the_input_coordinates()
    {
        var csv = Temp("wgs.csv");
        Assert.Equal(0, Run(Data("sites-long.csv"), csv, "--from-crs", "高德").Exit);
        var hub = SiteImporter.Read(csv).GetValueOrThrow()[0];
        Assert.Equal(ChinaDatums.Gcj02ToWgs84(new GeoPoint(108.7674, 28.8413)).Lon, hub.Location.Lon, 12);
    }

    [Fact]
    public void Xlsx_and_gbk_csv_outputs_read_back()
    {
        var xlsx = Temp("sites.xlsx");
        Assert.Equal(0, Run(Data("sites-gbk.csv"), xlsx).Exit);
        var gbk = Temp("sites.csv");
        Assert.Equal(0, Run(xlsx, gbk, "--gbk").Exit);
        Assert.Equal("GB18030", TextEncodings.DisplayName(TextEncodings.Detect(File.ReadAllBytes(gbk))));
        var names = SiteImporter.Read(gbk).GetValueOrThrow().Select(s => s.Name);
        Assert.Equal(SiteImporter.Read(Data("sites-gbk.csv")).GetValueOrThrow().Select(s => s.Name), names);
    }

    [Fact]
    public void Sites_and_vehicles_to_a_scenario_directory_and_to_json()
    {
        var source = Directory.CreateTempSubdirectory("logistics-cli-convert").FullName;
        File.Copy(Data("sites-clean.csv"), Path.Combine(source, "sites.csv"));
        File.Copy(Data("vehicles.csv"), Path.Combine(source, "vehicles.csv"));
        var json = Temp("county.json");
        var (exit, output) = Run(source, json);
        Assert.True(exit == 0, output);
        Assert.Contains("7 site(s), 3 vehicle type(s)", output);
        var scenario = ScenarioImporter.Read(json).GetValueOrThrow();
        Assert.Equal(3, scenario.VehicleTypes.Count);

        var dir = Temp("county-dir");
        Assert.Equal(0, Run(json, dir).Exit);
        Assert.True(File.Exists(Path.Combine(dir, "vehicles.csv")));
        Assert.Equal(scenario.VehicleTypes, ScenarioImporter.Read(dir).GetValueOrThrow().VehicleTypes);
    }

    [Theory]
    [InlineData("unknown-crs.csv", "row 3")]
    [InlineData("negative-demand.csv", "row 3")]
    public void Broken_input_writes_nothing_and_fails(string file, string row)
    {
        var target = Temp("out.xlsx");
        var (exit, output) = Run(Data("broken", file), target);
        Assert.Equal(1, exit);
        Assert.Contains(row, output);
        Assert.Contains("nothing written", output);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Scenario_json_refuses_a_non_wgs84_target()
    {
        var (exit, output) = Run(Data("sites-clean.csv"), Temp("x.json"), "--to-crs", "bd09");
        Assert.Equal(1, exit);
        Assert.Contains("WGS84", output);
    }

    [Fact]
    public void Unknown_crs_option_is_a_usage_error()
    {
        var (exit, output) = Run(Data("sites-clean.csv"), Temp("x.csv"), "--to-crs", "Xian80");
        Assert.NotEqual(0, exit);
        Assert.Contains("Xian80", output);
    }
}
