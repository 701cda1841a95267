using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Tests.Roads.Graph;
using Logistics.Spatial.Tests.Roads.Routing;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Travel;

/// <summary>The road-graph provider through <see cref="ITravelTimeProvider"/>: the hand-made village and the Andorra extract.</summary>
public sealed class RoadGraphTravelTimeProviderTests(AndorraRoadFixture andorra) : IClassFixture<AndorraRoadFixture>
{
    private static readonly GeoPoint A = new(107.3002, 30.30002); // main road, 20 % from node 1
    private static readonly GeoPoint B = new(107.3028, 30.29998); // main road, 80 % from node 3
    private static readonly GeoPoint Island = new(107.3105, 30.3101);

    private static ITravelTimeProvider Village(bool hierarchy)
    {
        var graph = RoadGraphBuilderTests.Village().Graph;
        return new RoadGraphTravelTimeProvider(graph, hierarchy ? ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken) : null);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Matrix_follows_the_roads_and_reports_the_island_by_index(bool hierarchy)
    {
        var provider = Village(hierarchy);
        var m = provider.Matrix([A, B, Island], TestContext.Current.CancellationToken);

        Assert.True(provider.FollowsRoads);
        // Tertiary at 30 km/h; each 96 m segment is rounded to 12 s, so 0.8·12 + 12 + 0.8·12 = 31.2 → 31 s.
        Assert.Equal(31, m.Duration(0, 1)!.Value.Value);
        Assert.Equal(m.Distance(0, 1), m.Distance(1, 0));
        Assert.Equal([new TravelPair(0, 2), new TravelPair(1, 2), new TravelPair(2, 0), new TravelPair(2, 1)], m.Unreachable);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Path_runs_along_the_roads_with_the_matrix_time(bool hierarchy)
    {
        var provider = Village(hierarchy);
        var path = provider.Path(A, B, TestContext.Current.CancellationToken)!;
        var m = provider.Matrix([A], [B], TestContext.Current.CancellationToken);

        Assert.Equal(m.Duration(0, 0), path.Duration);
        Assert.Equal(m.Distance(0, 0), path.Distance);
        Assert.Contains(new GeoPoint(107.3010, 30.3000), path.Geometry); // nodes 2 and 3 of the main road
        Assert.Contains(new GeoPoint(107.3020, 30.3000), path.Geometry);
        Assert.Null(provider.Path(A, Island, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Concurrent_queries_give_the_same_answers()
    {
        var provider = Village(hierarchy: true);
        GeoPoint[] points = [A, B, Island, new(107.30152, 30.30081)];
        var expected = provider.Matrix(points, TestContext.Current.CancellationToken);

        var results = new TravelMatrix[16];
        Parallel.For(0, results.Length, k => results[k] = provider.Matrix(points, TestContext.Current.CancellationToken));

        foreach (var m in results)
        {
            for (var i = 0; i < points.Length; i++)
            {
                for (var j = 0; j < points.Length; j++)
                {
                    Assert.Equal(expected.Duration(i, j), m.Duration(i, j));
                }
            }
        }
    }

    [Fact]
    public void A_saved_graph_loads_into_a_provider()
    {
        var graph = RoadGraphBuilderTests.Village().Graph;
        var path = Path.Combine(Path.GetTempPath(), $"logistics-village-{Guid.NewGuid():N}.bin");
        try
        {
            RoadGraphFile.Save(path, graph, ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken));
            var provider = RoadGraphTravelTimeProvider.Load(path, new RoadRouterOptions(AccessSpeedKmh: 5));

            Assert.NotNull(provider.Hierarchy);
            Assert.Contains("contraction hierarchy", provider.Description);
            Assert.Equal(5, provider.Options.AccessSpeedKmh);
            Assert.NotNull(provider.Matrix([A, B], TestContext.Current.CancellationToken).Duration(0, 1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Issue 7 on the real extract, through the interface: the provider's matrix (contraction hierarchy) equals plain
    /// Dijkstra on the same graph for random pairs, rectangular and square, and its paths have the matrix's times.
    /// </summary>
    [Fact]
    public void Andorra_matrix_through_the_interface_equals_plain_dijkstra()
    {
        var (graph, hierarchy) = andorra.Require();
        ITravelTimeProvider provider = new RoadGraphTravelTimeProvider(graph, hierarchy);
        var sources = AndorraRoadTests.RandomSites(graph, 25, 707);
        var targets = AndorraRoadTests.RandomSites(graph, 40, 708);

        var m = provider.Matrix(sources, targets, TestContext.Current.CancellationToken);
        var plain = new RoadRouter(graph).Matrix(sources, targets, cancellationToken: TestContext.Current.CancellationToken);

        var reachable = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = 0; j < targets.Count; j++)
            {
                Assert.Equal(plain.Duration(i, j), m.Duration(i, j));
                Assert.Equal(plain.Distance(i, j) is null, m.Distance(i, j) is null);
                reachable += m.IsReachable(i, j) ? 1 : 0;
            }
        }

        Assert.True(reachable > sources.Count * targets.Count / 2, $"{reachable} reachable pairs");
        for (var k = 0; k < 6; k++)
        {
            if (m.Duration(k, k) is not { } time)
            {
                continue;
            }

            var path = provider.Path(sources[k], targets[k], TestContext.Current.CancellationToken)!;
            Assert.Equal(time, path.Duration);
            var drawn = path.Geometry.Zip(path.Geometry.Skip(1), GreatCircle.DistanceMetres).Sum();
            Assert.InRange(drawn, path.Distance.Value * 0.999 - 3, path.Distance.Value * 1.001 + 3);
        }
    }
}
