using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Demo;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Tests.Shared;

namespace Logistics.Cli.Tests.Commands;

public class CoverageCommandTests
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([CoverageCommand.Create()], ["coverage", .. args]);

    private static string Row(CoverageShare s) => string.Create(
        CultureInfo.InvariantCulture, $"{s.CoveredVillages,4} / {s.Villages,-4} | {s.ShareByCount * 100,6:0.0} % | {s.CoveredPopulation,9:N0} / {s.Population:N0}");

    [Fact]
    public void Without_a_path_the_demo_county_is_reported_county_wide_and_per_township()
    {
        var (exit, output) = Run();

        Assert.True(exit == 0, output);
        var demo = EmbeddedDemo.Load();
        var report = CoverageAnalyzer.Analyze(demo);
        Assert.Contains("全县覆盖率 / County coverage", output);
        Assert.Contains($"  3 km     | {Row(report.County[0])}", output);
        Assert.Contains($"  15 min   | {Row(report.County[1])}", output);
        Assert.Contains("分乡镇覆盖率 / Coverage by township", output);
        foreach (var station in demo.SitesOf(SiteTier.TownshipStation))
        {
            Assert.Contains($"  {station.TownshipCode} | {station.Name} |", output);
        }

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"未覆盖行政村 / Uncovered villages (3 km): {report.Uncovered(0).Count}"), output);
    }

    [Fact]
    public void A_scenario_directory_lists_its_uncovered_villages()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-coverage").FullName;
        File.Copy(Data("sites-clean.csv"), Path.Combine(dir, "sites.csv"));
        var (exit, output) = Run(dir, "--threshold", "2km");

        Assert.True(exit == 0, output);
        // Outlets V10101 and V10201 cover themselves; the village V10102 is 5.1 km from S101, its nearest outlet.
        Assert.Contains("   2 / 3    |   66.7 % |     3,250 / 4,210", output);
        Assert.Contains("未覆盖行政村 / Uncovered villages (2 km): 1", output);
        Assert.Contains("  V10102 赵庄村 (500242101) 人口/pop 960", output);
        Assert.Contains("[warnings]", output);
        Assert.Contains("[estimated-location]", output);
    }

    [Fact]
    public void GeoJson_and_csv_files_hold_the_service_area_and_one_row_per_village()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-coverage").FullName;
        var geoJson = Path.Combine(dir, "area.geojson");
        var csv = Path.Combine(dir, "coverage.csv");
        var (exit, output) = Run("--threshold", "1km", "--outlets-only", "--geojson", geoJson, "--csv", csv);

        Assert.True(exit == 0, output);
        var demo = EmbeddedDemo.Load();
        var report = CoverageAnalyzer.Analyze(demo, new CoverageOptions { Thresholds = [CoverageThreshold.Parse("1km")], StationsAreOutlets = false });
        var map = new GeoJsonReader(new GeometryServices()).ReadFeatureCollectionFile(geoJson);
        Assert.Equal(1 + report.Uncovered(0).Count, map.Features.Count);
        Assert.Equal("service-area", map.Features[0].GetString("kind"));
        Assert.Contains(map.Features[0].Geometry!.GeometryType, new[] { "Polygon", "MultiPolygon" });
        Assert.All(map.Features.Skip(1), f => Assert.False(map.Features[0].Geometry!.Contains(f.Geometry!)));

        var lines = File.ReadAllLines(csv);
        Assert.Equal(1 + report.Villages.Count, lines.Length);
        Assert.StartsWith("\uFEFF编号 id,名称 name", File.ReadAllText(csv));
        Assert.Equal(report.Uncovered(0).Count, lines.Skip(1).Count(l => l.EndsWith(",0", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_what_if_prints_the_change_per_threshold()
    {
        var demo = EmbeddedDemo.Load();
        var options = new CoverageOptions { Thresholds = [CoverageThreshold.Parse("1km")], StationsAreOutlets = false };
        var uncovered = CoverageAnalyzer.Analyze(demo, options).Uncovered(0)[0].Village;
        var (exit, output) = Run("--threshold", "1km", "--outlets-only", "--add", uncovered.Id.Value);

        Assert.True(exit == 0, output);
        var delta = WhatIfAnalysis.Run(demo, new OutletChange { Add = [uncovered.Id] }, options, cancellationToken: TestContext.Current.CancellationToken).Deltas[0];
        Assert.True(delta.CoveredVillages >= 1);
        Assert.Contains("假设变化 / What-if: +1 新增 added, -0 撤销 removed", output);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"  1 km     | {delta.Before.CoveredVillages} → {delta.After.CoveredVillages} (+{delta.CoveredVillages}) | {delta.Before.CoveredPopulation:N0} → {delta.After.CoveredPopulation:N0} (+{delta.CoveredPopulation:#,0})"), output);
    }

    [Fact]
    public void A_what_if_with_a_wrong_site_fails_and_names_it()
    {
        var (exit, output) = Run("--remove", "no-such-site");

        Assert.Equal(1, exit);
        Assert.Contains("[unknown-site]", output);
        Assert.Contains("no-such-site", output);
    }

    [Theory]
    [InlineData("3 miles")]
    [InlineData("-2km")]
    public void An_invalid_threshold_fails_with_the_reason(string threshold)
    {
        var (exit, output) = Run("--threshold", threshold);

        Assert.Equal(1, exit);
        Assert.Contains("invalid threshold", output);
    }

    private static Site At(string id, string name, SiteTier tier, double lon, double lat, int visits = 0) => new()
    {
        Id = new SiteId(id),
        Name = name,
        Tier = tier,
        Location = new GeoPoint(lon, lat),
        Population = 100,
        RequiredVisitsPerWeek = visits,
    };

    /// <summary>
    /// On the hand-made village roads (tests/Logistics.Spatial.Tests/Roads/TestData/village.osm): an outlet at the east
    /// end of the main road, a village 270 m west of it on the same road, and a village on the island road. A feeder
    /// line stops at the outlet on Tuesdays and Fridays.
    /// </summary>
    [Fact]
    public void On_a_road_graph_with_a_plan_the_times_follow_the_roads_and_visits_come_from_the_lines()
    {
        var osm = Path.Combine(SharedPaths.RepositoryRoot(), "tests", "Logistics.Spatial.Tests", "Roads", "TestData", "village.osm");
        var dir = Directory.CreateTempSubdirectory("logistics-cli-coverage-roads").FullName;
        try
        {
            var scenario = new ScenarioBuilder { Name = "roads-coverage" }
                .AddSite(At("HUB", "县中心", SiteTier.CountyHub, 107.3000, 30.3001))
                .AddSite(At("EAST", "东村服务社", SiteTier.VillageOutlet, 107.3030, 30.3001, visits: 2))
                .AddSite(At("WEST", "西村", SiteTier.Village, 107.3002, 30.3000))
                .AddSite(At("ISLAND", "岛村", SiteTier.Village, 107.3105, 30.3101))
                .Build();
            var scenarioPath = Path.Combine(dir, "scenario.json");
            ScenarioJson.Write(scenario, scenarioPath);
            var plan = LinePlanBuilder.For(scenario).AddLine(new Line
            {
                Id = "F1",
                Kind = LineKind.Feeder,
                VehicleType = new VehicleTypeId("van"),
                HomeDepot = new SiteId("HUB"),
                ServiceDays = ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Friday),
                Departure = new TimeOnly(9, 0),
                Return = new TimeOnly(10, 0),
                Stops = [new LineStop(new SiteId("EAST"), new TimeOnly(9, 10), new TimeOnly(9, 20))],
            }).Build();
            var planPath = Path.Combine(dir, "plan.json");
            LinePlanJson.Write(plan, planPath);
            var graph = Path.Combine(dir, "graph.bin");
            var root = new RootCommand { RoadsCommand.Create() };
            Assert.Equal(0, root.Parse(["roads", "build", osm, "--out", graph]).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null }));
            var csv = Path.Combine(dir, "coverage.csv");

            var (exit, output) = Run(scenarioPath, "--graph", graph, "--plan", planPath, "--threshold", "100m", "--threshold", "1min", "--csv", csv);

            Assert.True(exit == 0, output);
            Assert.Contains("车程 / Travel time: OSM 路网 road graph", output);
            Assert.Contains("无路可达任何网点的行政村 / Villages that reach no outlet by road: 1", output);
            Assert.Contains("  ISLAND 岛村", output);
            Assert.Contains("[roads.unreachable]", output);
            // WEST: 270 m west of EAST along the main road, about 35 s at 30 km/h; covered within 1 min, not within 100 m.
            Assert.Contains("  WEST 西村 () 人口/pop 100; 最近网点/nearest EAST 东村服务社: 0.27 km, 1 min; 每周 2 次/visits a week (每周二、五, 要求/required 2)", output);
            var row = File.ReadAllLines(csv).Single(l => l.StartsWith("WEST,", StringComparison.Ordinal)).Split(',');
            Assert.InRange(double.Parse(row[9], CultureInfo.InvariantCulture), 0.4, 0.8); // minutes by road
            Assert.Equal(["2", "2", "每周二、五", "0", "1"], row[10..]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_road_service_area_for_a_time_threshold_is_refused_with_the_reason()
    {
        var osm = Path.Combine(SharedPaths.RepositoryRoot(), "tests", "Logistics.Spatial.Tests", "Roads", "TestData", "village.osm");
        var geoJson = Path.Combine(Path.GetTempPath(), $"logistics-area-{Guid.NewGuid():N}.geojson");
        var (exit, output) = Run("--graph", osm, "--threshold", "15min", "--geojson", geoJson);

        Assert.Equal(1, exit);
        Assert.Contains("isochrones", output);
        Assert.False(File.Exists(geoJson));
        Assert.Contains("[roads.no-road]", output); // the demo county lies far from the hand-made village roads
    }
}
