using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Coverage;
using Logistics.Planning.Tests.Lines;
using Logistics.Planning.Verification;
using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Travel;
using Logistics.Tests.Shared;

namespace Logistics.Planning.Tests.Verification;

public class MatrixTravelTimesTests
{
    [Fact]
    public void On_the_straight_line_it_matches_the_verifiers_travel_times()
    {
        var scenario = LineFixture.Scenario();
        var matrix = MatrixTravelTimes.Build(scenario, TravelTimesFactory.StraightLine(scenario), cancellationToken: TestContext.Current.CancellationToken);
        var straight = new StraightLineTravelTimes(scenario);
        var slow = scenario.VehicleTypes[0] with { SpeedFactor = 1.37 };

        foreach (var a in scenario.Sites)
        {
            foreach (var b in scenario.Sites)
            {
                foreach (var vehicle in new[] { null, slow })
                {
                    var expected = straight.Between(a.Id, b.Id, vehicle);
                    var leg = matrix.Between(a.Id, b.Id, vehicle);
                    Assert.Equal(expected.Distance, leg.Distance);
                    // The matrix time is rounded before the speed factor is applied: at most 1 s apart.
                    Assert.InRange(leg.Time.Value - expected.Time.Value, -1, 1);
                    if (vehicle is null)
                    {
                        Assert.Equal(expected.Time, leg.Time);
                    }
                }
            }
        }

        Assert.Empty(matrix.Unreachable);
        Assert.Empty(matrix.Warnings);
    }

    [Fact]
    public void Unreachable_pairs_are_named_by_site_and_refused()
    {
        var scenario = LineFixture.Scenario();
        var island = scenario[new SiteId("B3")].Location;
        var roads = new FakeRoads((from, to) => from == island || to == island ? null : 600);
        var matrix = MatrixTravelTimes.Build(scenario, roads, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2 * (scenario.Sites.Count - 1), matrix.Unreachable.Count);
        Assert.Contains(matrix.Unreachable, l => l.ToString() == "H 县集配中心 → B3 B3村服务社");
        Assert.False(matrix.IsReachable(new SiteId("B3"), new SiteId("S2")));
        Assert.False(matrix.TryBetween(new SiteId("S2"), new SiteId("B3"), null, out _));
        var error = Assert.Single(Assert.Throws<DataValidationException>(() => matrix.Between(new SiteId("S2"), new SiteId("B3"), null)).Errors);
        Assert.Equal(("travel.unreachable", "site 'S2' 白石镇站", "B3"), (error.Code, error.Entity, error.Value));
        Assert.Contains("B3村服务社", error.Message);
        var warning = Assert.Single(matrix.Warnings, w => w.Entity == "site 'B3' B3村服务社");
        Assert.Contains("8 of 9", warning.Message);

        // Reachable legs: matrix time × the vehicle's speed factor, length unchanged.
        var van = scenario.VehicleTypes[0] with { SpeedFactor = 1.5 };
        Assert.Equal((6000L, 900L), (matrix.Between(new SiteId("H"), new SiteId("S1"), van).Distance.Value, matrix.Between(new SiteId("H"), new SiteId("S1"), van).Time.Value));
        Assert.Throws<ArgumentException>(() => matrix.Between(new SiteId("H"), new SiteId("nowhere"), null));
    }

    [Fact]
    public void Far_and_off_road_sites_are_warned_about_by_name()
    {
        var sites = new[]
        {
            new Site { Id = new SiteId("A"), Name = "甲", Tier = SiteTier.VillageOutlet, Location = new GeoPoint(107.3002, 30.30002) },
            new Site { Id = new SiteId("F"), Name = "远", Tier = SiteTier.VillageOutlet, Location = new GeoPoint(107.3000, 30.3300) },
        };
        var matrix = new TravelMatrix(2, 2, [0, 500, 500, 0], [0, 4000, 4000, 0], [3.0, 3_250.0], [3.0, 3_250.0]);

        var warnings = TravelWarnings.For(matrix, sites, sites);

        var far = Assert.Single(warnings);
        Assert.Equal(("roads.snap-far", "site 'F' 远", "3250"), (far.Code, far.Entity, far.Value));
        Site[] alone = [sites[0]];
        var offRoad = TravelWarnings.For(new TravelMatrix(1, 1, [-1], [-1], [null], [null]), alone, alone);
        Assert.Equal("roads.no-road", Assert.Single(offRoad).Code);
    }

    [Fact]
    public void The_factory_picks_straight_line_without_road_data_and_the_graph_when_configured()
    {
        var scenario = LineFixture.Scenario();
        var straight = new TravelTimesFactory(new TravelSettings());
        Assert.Null(straight.Roads);
        Assert.IsType<StraightLineTravelTimes>(straight.TravelTimesFor(scenario, TestContext.Current.CancellationToken));
        Assert.IsType<StraightLineTravelTimeProvider>(straight.ProviderFor(scenario));

        var osm = Path.Combine(SharedPaths.RepositoryRoot(), "tests", "Logistics.Spatial.Tests", "Roads", "TestData", "village.osm");
        var graphFile = Path.Combine(Path.GetTempPath(), $"logistics-factory-{Guid.NewGuid():N}.bin");
        try
        {
            var (graph, _) = RoadGraphBuilder.FromFile(osm, RoadProfile.ChinaRural, TestContext.Current.CancellationToken);
            RoadGraphFile.Save(graphFile, graph, ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken));
            var roads = new TravelTimesFactory(new TravelSettings { RoadGraphPath = graphFile });

            Assert.IsType<RoadGraphTravelTimeProvider>(roads.Roads);
            Assert.Same(roads.Roads, roads.ProviderFor(scenario));
            // The fixture county lies 40–57 km from the hand-made village roads: every site is far from them or, beyond
            // the 50 km snapping limit, off the network.
            var times = Assert.IsType<MatrixTravelTimes>(roads.TravelTimesFor(scenario, TestContext.Current.CancellationToken));
            Assert.Equal(scenario.Sites.Count, times.Warnings.Count(w => w.Code is "roads.snap-far" or "roads.no-road"));
            Assert.Contains(times.Warnings, w => w.Code == "roads.no-road");
        }
        finally
        {
            File.Delete(graphFile);
        }

        Assert.Throws<DataValidationException>(() => new TravelTimesFactory(new TravelSettings { RoadGraphPath = osm }));
    }
}
