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

    [Fact]
    public void Dianjiang_with_candidates_feeds_site_two_level_with_the_county_target_and_a_map()
    {
        var geodata = Geodata();
        if (geodata is null)
        {
            Assert.Skip("../shared/geodata is absent: the real-county import cannot be tested here.");
        }

        var dir = Directory.CreateTempSubdirectory("logistics-cli-county").FullName;
        var scenarioFile = Path.Combine(dir, "dianjiang-candidates.json");
        var (exit, output) = Run("county", "500231", "--geodata", geodata, "--out", scenarioFile, "--candidates");
        Assert.True(exit == 0, output);
        Assert.Contains("候选 / candidates: 26 服务中心 / centres, 301 村级网点 / outlets", output);

        var map = Path.Combine(dir, "sites.geojson");
        var (siteExit, siteOutput) = CliRun.Invoke([SiteCommand.Create()],
            ["site", scenarioFile, "--model", "two-level", "--centres", "16", "--outlets", "301", "--threshold", "1km", "--time", "30", "--geojson", map]);
        Assert.True(siteExit == 0, siteOutput);
        Assert.Contains("选中服务中心 / Chosen centres: 16", siteOutput);
        Assert.Contains("差距 / gap 0.000 %", siteOutput);
        var geoJson = File.ReadAllText(map);
        Assert.Contains("\"outlet-centre\"", geoJson);
        Assert.Contains("\"centre\"", geoJson);
    }
}
