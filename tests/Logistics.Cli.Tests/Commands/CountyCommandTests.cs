using Logistics.Cli.Commands;
using Logistics.Tests.Shared;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Cli.Tests.Commands;

public class CountyCommandTests
{
    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([CountyCommand.Create()], args);

    private static string? Geodata() => SharedPaths.Find("geodata");

    [Fact]
    public void Dianjiang_imports_to_a_scenario_with_26_stations_and_301_villages()
    {
        var geodata = Geodata();
        if (geodata is null)
        {
            Assert.Skip("../shared/geodata is absent: the real-county import cannot be tested here.");
        }

        var outFile = Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-county").FullName, "dianjiang.json");
        var (exit, output) = Run("county", "500231", "--geodata", geodata, "--out", outFile);
        Assert.True(exit == 0, output);
        Assert.Contains("垫江县", output);

        var scenario = ScenarioJson.Read(outFile);
        Assert.Equal(26, scenario.SitesOf(SiteTier.TownshipStation).Count());
        Assert.Equal(301, scenario.Sites.Count(s => s.Tier is SiteTier.VillageOutlet or SiteTier.Village));
        Assert.Contains(scenario.Sites, s => s.LocationEstimated);
        Assert.NotNull(scenario.BoundaryGeoJson);
    }

    [Fact]
    public void Unknown_county_code_fails_with_a_message()
    {
        var geodata = Geodata();
        if (geodata is null)
        {
            Assert.Skip("../shared/geodata is absent: the real-county import cannot be tested here.");
        }

        var outFile = Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-county").FullName, "x.json");
        var (exit, output) = Run("county", "500999", "--geodata", geodata, "--out", outFile);
        Assert.NotEqual(0, exit);
        Assert.Contains("500999", output);
        Assert.False(File.Exists(outFile));
    }
}
