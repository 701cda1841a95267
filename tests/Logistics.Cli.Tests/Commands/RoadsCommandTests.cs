using System.CommandLine;
using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Tests.Shared;

namespace Logistics.Cli.Tests.Commands;

public class RoadsCommandTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var root = new RootCommand { RoadsCommand.Create() };
        using var output = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }

    private static Site At(string id, SiteTier tier, double lon, double lat) => new()
    {
        Id = new SiteId(id),
        Name = id,
        Tier = tier,
        Location = new GeoPoint(lon, lat),
    };

    [Fact]
    public void Build_then_matrix_on_a_scenario_reports_times_and_the_unreachable_site()
    {
        var osm = Path.Combine(SharedPaths.RepositoryRoot(), "tests", "Logistics.Spatial.Tests", "Roads", "TestData", "village.osm");
        var dir = Directory.CreateTempSubdirectory("logistics-cli-roads").FullName;
        try
        {
            var graph = Path.Combine(dir, "graph.bin");
            var (buildExit, buildOutput) = Run("roads", "build", osm, "--out", graph);
            Assert.True(buildExit == 0, buildOutput);
            Assert.True(File.Exists(graph));

            // Hub at the west end of the main road, an outlet at its east end, one on the island road.
            var scenario = new ScenarioBuilder { Name = "roads-test" }
                .AddSite(At("HUB", SiteTier.CountyHub, 107.3000, 30.3001))
                .AddSite(At("EAST", SiteTier.VillageOutlet, 107.3030, 30.3001))
                .AddSite(At("ISLAND", SiteTier.VillageOutlet, 107.3105, 30.3101))
                .Build();
            var scenarioPath = Path.Combine(dir, "scenario.json");
            ScenarioJson.Write(scenario, scenarioPath);

            var matrixPath = Path.Combine(dir, "matrix.csv");
            var (exit, output) = Run("roads", "matrix", graph, "--sites", scenarioPath, "--out", matrixPath);
            Assert.True(exit == 0, output);
            Assert.Contains("3 × 3", output);
            Assert.Contains("ISLAND", output); // reported by site, not given a huge number

            var rows = File.ReadAllLines(matrixPath).Skip(1).Select(l => l.Split(',')).ToDictionary(c => (c[0], c[1]));
            Assert.Equal(9, rows.Count);
            var hubEast = rows[("HUB", "EAST")];
            Assert.InRange(int.Parse(hubEast[3], System.Globalization.CultureInfo.InvariantCulture), 280, 300); // three ~96 m pieces
            Assert.True(int.Parse(hubEast[2], System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.Equal(string.Empty, rows[("HUB", "ISLAND")][2]);
            Assert.Equal(string.Empty, rows[("HUB", "ISLAND")][3]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
