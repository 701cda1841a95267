using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;

namespace Logistics.Spatial.Tests.Roads.Routing;

/// <summary>Road graph, contraction hierarchy and matrices on the real Andorra extract.</summary>
public sealed class AndorraRoadTests(AndorraRoadFixture fixture) : IClassFixture<AndorraRoadFixture>
{
    /// <summary>Random sites near random graph vertices (up to ~300 m off), seeded.</summary>
    internal static List<GeoPoint> RandomSites(RoadGraph graph, int count, int seed)
    {
        var random = new Random(seed);
        var sites = new List<GeoPoint>();
        for (var i = 0; i < count; i++)
        {
            var v = graph.Vertex(random.Next(graph.JunctionCount));
            var p = new GeoPoint(v.Lon + (random.NextDouble() - 0.5) * 0.006, v.Lat + (random.NextDouble() - 0.5) * 0.004);
            sites.Add(p);
        }

        return sites;
    }

    [Fact]
    public void Graph_keeps_most_highway_ways_and_is_mostly_connected()
    {
        var (graph, hierarchy) = fixture.Require();
        var report = fixture.Report!;

        // 1,615 highway ways in the file; footways, paths, steps, rough tracks etc. are dropped.
        Assert.InRange(report.WaysKept, 1_000, 1_615);
        Assert.True(report.WaysExcludedByReason["not-a-road"] > 0);
        Assert.True(report.WaysExcludedByReason["track-not-passable"] > 0);
        Assert.Equal(graph.VertexCount, hierarchy.VertexCount);
        Assert.Equal(report.Vertices, graph.VertexCount);

        // The bulk of the network is one connected road system: from a central vertex most vertices are reachable.
        var router = new RoadRouter(graph);
        var sites = RandomSites(graph, 30, 11);
        var m = router.Matrix(sites, sites, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(m.Unreachable.Count < 30 * 30 / 5, $"{m.Unreachable.Count} unreachable pairs");
    }

    [Fact]
    public void Hierarchy_matrix_equals_plain_dijkstra_for_random_sites()
    {
        var (graph, hierarchy) = fixture.Require();
        var sites = RandomSites(graph, 60, 20261123);

        var plain = new RoadRouter(graph).Matrix(sites, sites, cancellationToken: TestContext.Current.CancellationToken);
        var ch = new RoadRouter(graph, hierarchy).Matrix(sites, sites, cancellationToken: TestContext.Current.CancellationToken);

        var reachable = 0;
        for (var i = 0; i < sites.Count; i++)
        {
            for (var j = 0; j < sites.Count; j++)
            {
                Assert.Equal(plain.Duration(i, j), ch.Duration(i, j));
                Assert.Equal(plain.Distance(i, j) is null, ch.Distance(i, j) is null);
                reachable += plain.Duration(i, j) is null ? 0 : 1;
            }
        }

        Assert.True(reachable > sites.Count * sites.Count / 2);
        Assert.Equal(plain.Unreachable, ch.Unreachable);
    }

    [Fact]
    public void Hierarchy_routes_unpack_to_the_same_time_and_a_connected_line()
    {
        var (graph, hierarchy) = fixture.Require();
        var sites = RandomSites(graph, 24, 5);
        var plain = new RoadRouter(graph);
        var ch = new RoadRouter(graph, hierarchy);
        var checkedRoutes = 0;
        for (var i = 0; i + 1 < sites.Count; i += 2)
        {
            var a = plain.Route(sites[i], sites[i + 1], TestContext.Current.CancellationToken);
            var b = ch.Route(sites[i], sites[i + 1], TestContext.Current.CancellationToken);
            Assert.Equal(a?.Duration, b?.Duration);
            if (b is null)
            {
                continue;
            }

            checkedRoutes++;
            AssertConnectedLineOfItsLength(b);
        }

        Assert.True(checkedRoutes >= 8);
    }

    /// <summary>
    /// Sample of drive times between Andorran towns (WGS84 town-centre points). Plausible means: the road length is
    /// between 1.0 and 3.0 times the straight line (mountain valleys wind), and the average speed is between 15 and
    /// 60 km/h (the profile's valley primary roads run at 50 km/h, town streets at 20).
    /// </summary>
    [Theory]
    [InlineData("Andorra la Vella", 1.5218, 42.5063, "Encamp", 1.5801, 42.5350)]
    [InlineData("Andorra la Vella", 1.5218, 42.5063, "Sant Julià de Lòria", 1.4910, 42.4637)]
    [InlineData("Andorra la Vella", 1.5218, 42.5063, "Ordino", 1.5333, 42.5560)]
    [InlineData("Encamp", 1.5801, 42.5350, "Pas de la Casa", 1.7333, 42.5425)]
    [InlineData("La Massana", 1.5148, 42.5450, "Canillo", 1.5975, 42.5676)]
    public void Sample_drive_times_are_plausible(string fromName, double fromLon, double fromLat, string toName, double toLon, double toLat)
    {
        var (graph, hierarchy) = fixture.Require();
        GeoPoint[] points = [new(fromLon, fromLat), new(toLon, toLat)];
        var m = new RoadRouter(graph, hierarchy).Matrix(points, points, cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(m.SourceSnapMetres, s => Assert.InRange(s!.Value, 0, 500));
        var straight = GreatCircle.DistanceMetres(points[0], points[1]);
        foreach (var (i, j) in new[] { (0, 1), (1, 0) })
        {
            var metres = m.Distance(i, j)!.Value.Value;
            var seconds = m.Duration(i, j)!.Value.Value;
            var kmh = metres / 1000.0 / (seconds / 3600.0);
            Assert.True(metres >= straight && metres <= straight * 3.0, $"{fromName} ↔ {toName}: {metres} m by road, {straight:0} m straight");
            Assert.True(kmh is >= 15 and <= 60, $"{fromName} ↔ {toName}: {kmh:0.0} km/h");
        }
    }

    [Fact]
    public void Graph_file_round_trip_gives_the_same_answers()
    {
        var (graph, hierarchy) = fixture.Require();
        using var file = new MemoryStream();
        RoadGraphFile.Save(file, graph, hierarchy);
        file.Position = 0;
        var (loaded, loadedHierarchy) = RoadGraphFile.Load(file, "andorra.bin");

        Assert.NotNull(loadedHierarchy);
        Assert.Equal(graph.VertexCount, loaded.VertexCount);
        Assert.Equal(graph.EdgeCount, loaded.EdgeCount);
        Assert.Equal(hierarchy.ArcCount, loadedHierarchy.ArcCount);
        var sites = RandomSites(graph, 15, 3);
        var before = new RoadRouter(graph, hierarchy).Matrix(sites, sites, cancellationToken: TestContext.Current.CancellationToken);
        var after = new RoadRouter(loaded, loadedHierarchy).Matrix(sites, sites, cancellationToken: TestContext.Current.CancellationToken);
        for (var i = 0; i < sites.Count; i++)
        {
            for (var j = 0; j < sites.Count; j++)
            {
                Assert.Equal(before.Duration(i, j), after.Duration(i, j));
                Assert.Equal(before.Distance(i, j), after.Distance(i, j));
            }
        }
    }

    [Fact]
    public void The_extract_has_no_turn_restrictions_and_seeded_ones_are_applied()
    {
        fixture.Require();
        var report = fixture.Report!;
        var (graph, _, restricted) = fixture.RequireRestricted();

        // 74 relations (boundaries, routes, multipolygons …), none of them type=restriction.
        Assert.Equal(74, report.RelationsRead);
        Assert.Equal(0, report.RestrictionsRead);
        Assert.Equal(0, report.RestrictedApproaches);
        Assert.Equal(report.Junctions, report.Vertices);

        Assert.Equal(AndorraRoadFixture.SyntheticRestrictionCount, restricted.RestrictionsRead);
        // Each seeded restriction is a drivable turn between ways ending at a junction, so all are applied.
        Assert.True(restricted.RestrictionsApplied == AndorraRoadFixture.SyntheticRestrictionCount, $"{restricted.RestrictionsApplied} applied; skipped {string.Join(", ", restricted.RestrictionsSkippedByReason)}");
        Assert.Equal(report.Junctions, graph.JunctionCount);
        Assert.Equal(graph.JunctionCount + graph.RestrictedApproachCount, graph.VertexCount);
        Assert.True(graph.BannedTurnCount >= graph.RestrictedApproachCount && graph.RestrictedApproachCount > 100);
    }

    [Fact]
    public void With_turn_restrictions_the_hierarchy_matrix_still_equals_plain_dijkstra_and_no_time_gets_shorter()
    {
        var (graph, hierarchy, _) = fixture.RequireRestricted();
        var (free, freeHierarchy) = fixture.Require();
        var sites = RandomSites(graph, 80, 20261124);
        var ct = TestContext.Current.CancellationToken;

        // Snap to the nearest road in both graphs: restrictions may cut a road piece off the largest strongly connected
        // component, and the default snapping (prefer the largest component) would then move a site.
        var nearest = new RoadRouterOptions(SmallComponentToleranceMetres: 0);
        var plain = new RoadRouter(graph, null, nearest).Matrix(sites, sites, cancellationToken: ct);
        var ch = new RoadRouter(graph, hierarchy, nearest).Matrix(sites, sites, cancellationToken: ct);
        var unrestricted = new RoadRouter(free, freeHierarchy, nearest).Matrix(sites, sites, cancellationToken: ct);

        var longer = 0;
        for (var i = 0; i < sites.Count; i++)
        {
            for (var j = 0; j < sites.Count; j++)
            {
                Assert.Equal(plain.Duration(i, j), ch.Duration(i, j));
                Assert.Equal(plain.Distance(i, j) is null, ch.Distance(i, j) is null);
                if (ch.Duration(i, j) is { } restrictedTime && unrestricted.Duration(i, j) is { } freeTime)
                {
                    Assert.True(restrictedTime >= freeTime, $"{i} -> {j}: {restrictedTime} with restrictions, {freeTime} without");
                    longer += restrictedTime > freeTime ? 1 : 0;
                }
            }
        }

        Assert.Equal(plain.Unreachable, ch.Unreachable);
        Assert.True(longer > 0, "the seeded restrictions lengthen some drives");
    }

    [Fact]
    public void With_turn_restrictions_routes_keep_the_matrix_time_and_a_connected_line()
    {
        var (graph, hierarchy, _) = fixture.RequireRestricted();
        var sites = RandomSites(graph, 30, 9);
        var plain = new RoadRouter(graph);
        var ch = new RoadRouter(graph, hierarchy);
        var m = ch.Matrix(sites, sites, cancellationToken: TestContext.Current.CancellationToken);
        var checkedRoutes = 0;
        for (var i = 0; i + 1 < sites.Count; i += 2)
        {
            var a = plain.Route(sites[i], sites[i + 1], TestContext.Current.CancellationToken);
            var b = ch.Route(sites[i], sites[i + 1], TestContext.Current.CancellationToken);
            Assert.Equal(a?.Duration, b?.Duration);
            Assert.Equal(m.Duration(i, i + 1), b?.Duration);
            if (b is null)
            {
                continue;
            }

            checkedRoutes++;
            AssertConnectedLineOfItsLength(b);
        }

        Assert.True(checkedRoutes >= 10);
    }

    /// <summary>
    /// The drawn line has the route's length (the unpacked shortcuts are real, contiguous road pieces) and no jumps.
    /// </summary>
    private static void AssertConnectedLineOfItsLength(RoadRoute route)
    {
        var legs = route.Geometry.Zip(route.Geometry.Skip(1), GreatCircle.DistanceMetres).ToList();
        double length = route.Length.Value;
        Assert.InRange(legs.Sum(), length - 3 - length * 0.001, length + 3 + length * 0.001);
        Assert.True(legs.All(d => d < 2_000), "line jumps");
    }
}
