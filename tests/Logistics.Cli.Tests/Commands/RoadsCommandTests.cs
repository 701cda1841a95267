using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Tests.Shared;

namespace Logistics.Cli.Tests.Commands;

public class RoadsCommandTests
{
    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([RoadsCommand.Create()], args);

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

    [Fact]
    public void Build_reports_turn_restrictions_read_applied_and_skipped_and_routes_round_the_banned_turn()
    {
        var osm = Path.Combine(SharedPaths.RepositoryRoot(), "tests", "Logistics.Spatial.Tests", "Roads", "TestData", "crossroads.osm");
        var dir = Directory.CreateTempSubdirectory("logistics-cli-turns").FullName;
        try
        {
            var graph = Path.Combine(dir, "graph.bin");
            var (buildExit, buildOutput) = Run("roads", "build", osm, "--out", graph);

            Assert.True(buildExit == 0, buildOutput);
            Assert.Contains("4 read, 1 applied (1 banned turns on 1 approaches), 3 skipped: other-vehicle 1, via-not-on-way 1, via-way 1", buildOutput);
            Assert.Contains("6 vertices (5 junctions + 1 turn copies)", buildOutput);

            // From the south road to the west road: no left turn at the crossroads, so up to N and back:
            // 56 m to C + 2 × 111 m + 48 m = 0.33 km instead of 0.10 km.
            var (exit, output) = Run("roads", "route", graph, "--from", "107.3010,30.2995", "--to", "107.3005,30.3000");
            Assert.True(exit == 0, output);
            Assert.Contains("0.33 km", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_graph_file_of_the_old_format_is_refused_with_its_name_and_version()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-oldgraph").FullName;
        try
        {
            var graph = Path.Combine(dir, "old.bin");
            using (var w = new BinaryWriter(File.Create(graph)))
            {
                w.Write(0x4452474Cu); // "LGRD"
                w.Write(1);           // format version 1 (before turn restrictions)
                w.Write(0);
            }

            var (exit, output) = Run("roads", "route", graph, "--from", "107.3010,30.2995", "--to", "107.3005,30.3000");

            Assert.Equal(1, exit);
            Assert.Contains("roads.file.version", output);
            Assert.Contains("'old.bin' has format version 1", output);
            Assert.Contains("roads build", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
