using Logistics.Core.Geo;
using Logistics.Planning.Export;
using Logistics.Planning.Import;
using Logistics.Planning.Serialization;
using Logistics.Planning.Tests.Import;

namespace Logistics.Planning.Tests.Export;

public class ScenarioExporterTests
{
    [Fact]
    public void Scenario_json_round_trips_through_the_importer()
    {
        var scenario = ExportFixture.Scenario();
        var path = Path.Combine(TestFiles.TempDirectory(), "county.json");
        ScenarioExporter.Write(scenario, path);
        var back = ScenarioImporter.Read(path).GetValueOrThrow();
        Assert.Equal(ScenarioJson.Serialize(scenario), ScenarioJson.Serialize(back));
        Assert.Equal(scenario.VehicleTypes, back.VehicleTypes);

        // Scenario JSON keeps 7 decimals of a degree (1 cm) and HH:mm; the fixture's 23:59:59 and 12 decimals do not survive.
        Assert.Equal(scenario.Sites.Take(4), back.Sites.Take(4));
    }

    [Fact]
    public void Scenario_directory_round_trips_sites_fleet_and_parameters()
    {
        var scenario = ExportFixture.Scenario();
        var dir = Path.Combine(TestFiles.TempDirectory(), "county");
        ScenarioExporter.Write(scenario, dir);
        Assert.True(File.Exists(Path.Combine(dir, "scenario.json")));
        Assert.True(File.Exists(Path.Combine(dir, "sites.csv")));
        Assert.True(File.Exists(Path.Combine(dir, "vehicles.csv")));
        Assert.DoesNotContain("\"id\": \"HUB\"", File.ReadAllText(Path.Combine(dir, "scenario.json")));

        var back = ScenarioImporter.Read(dir);
        Assert.True(back.Succeeded, string.Join("\n", back.Problems));
        Assert.Equal(ScenarioJson.Serialize(scenario), ScenarioJson.Serialize(back.Value!));
    }

    [Fact]
    public void Scenario_json_cannot_be_written_in_gcj02()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "county.json");
        Assert.Throws<ArgumentException>(() =>
            ScenarioExporter.Write(ExportFixture.Scenario(), path, new ExportOptions { CoordinateSystem = CoordinateSystem.Gcj02 }));
    }
}
