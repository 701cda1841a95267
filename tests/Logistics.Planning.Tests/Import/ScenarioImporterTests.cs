using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Import;

public class ScenarioImporterTests
{
    private static string DirectoryWith(params (string Name, string SourceOrText, bool IsText)[] files)
    {
        var dir = TestFiles.TempDirectory();
        foreach (var (name, source, isText) in files)
        {
            if (isText)
            {
                File.WriteAllText(Path.Combine(dir, name), source);
            }
            else
            {
                File.Copy(TestFiles.Path(source), Path.Combine(dir, name));
            }
        }

        return dir;
    }

    private const string Meta = """
        { "format": "logistics-scenario/1", "name": "酉阳试点", "countyCode": "500242", "countyName": "酉阳土家族苗族自治县",
          "parameters": { "maxVillageToTownshipKm": 35, "seed": 7 } }
        """;

    [Fact]
    public void Directory_with_meta_sites_and_vehicles_builds_a_scenario()
    {
        var dir = DirectoryWith(("scenario.json", Meta, true), ("sites.csv", "sites-clean.csv", false), ("vehicles.csv", "vehicles.csv", false));
        var result = ScenarioImporter.Read(dir);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var s = result.Value!;
        Assert.Equal("酉阳试点", s.Name);
        Assert.Equal("500242", s.CountyCode);
        Assert.Equal(35, s.Parameters.MaxVillageToTownshipKm);
        Assert.Equal(7, s.Sites.Count);
        Assert.Equal(3, s.VehicleTypes.Count);
        Assert.Equal("H001", s.Hub!.Id.Value);
    }

    [Fact]
    public void Vehicles_homed_at_an_unknown_depot_fail_the_directory()
    {
        var dir = DirectoryWith(("sites.csv", "sites-long.csv", false), ("vehicles.csv", "vehicles.csv", false));
        File.WriteAllText(Path.Combine(dir, "vehicles.csv"), File.ReadAllText(Path.Combine(dir, "vehicles.csv")).Replace(",S101,", ",S999,", StringComparison.Ordinal));
        var result = ScenarioImporter.Read(dir);
        var e = Assert.Single(result.Errors);
        Assert.Equal("unknown-depot", e.Code);
        Assert.Equal("vehicles.csv", e.File);
        Assert.Equal(3, e.Row);
    }

    [Fact]
    public void A_sites_file_without_hub_is_not_a_scenario()
    {
        var dir = DirectoryWith(("villages.csv", "id,name,tier,lon,lat\nV,村,village,108.9,28.6\n", true));
        var result = ScenarioImporter.Read(Path.Combine(dir, "villages.csv"));
        Assert.Contains(result.Errors, e => e.Code == "no-hub" && e.File == "villages.csv");
    }

    [Fact]
    public void Sites_given_twice_are_refused()
    {
        var dir = DirectoryWith(("sites.csv", "sites-clean.csv", false));
        var scenario = ScenarioImporter.Read(dir).GetValueOrThrow();
        Logistics.Planning.Serialization.ScenarioJson.Write(scenario, Path.Combine(dir, "scenario.json"));
        Assert.Equal("given-twice", Assert.Single(ScenarioImporter.Read(dir).Errors).Code);
    }

    [Fact]
    public void Broken_scenario_json_is_reported_not_thrown()
    {
        var dir = DirectoryWith(("county.json", "{ \"format\": \"logistics-scenario/1\", \"sites\": [ }", true));
        var e = Assert.Single(ScenarioImporter.Read(Path.Combine(dir, "county.json")).Errors);
        Assert.Equal("bad-json", e.Code);
        Assert.Equal("county.json", e.File);
    }

    [Fact]
    public void Scenario_json_with_a_null_section_is_reported_not_thrown()
    {
        var dir = DirectoryWith(("county.json", "{ \"format\": \"logistics-scenario/1\", \"name\": \"x\", \"parameters\": null, \"sites\": [] }", true));
        var result = ScenarioImporter.Read(Path.Combine(dir, "county.json"));
        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal("county.json", e.File));
    }

    [Fact]
    public void Tiers_from_a_geojson_sites_file()
    {
        var s = ScenarioImporter.Read(TestFiles.Path("sites.geojson")).GetValueOrThrow();
        Assert.Equal("sites", s.Name);
        Assert.Single(s.SitesOf(SiteTier.CountyHub));
    }
}
