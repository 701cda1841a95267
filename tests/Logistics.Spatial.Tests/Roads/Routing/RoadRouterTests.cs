using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Tests.Roads.Graph;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Roads.Routing;

public sealed class RoadRouterTests
{
    // Main road nodes 1..4 are 96.0 m apart along latitude 30.3; the oneway loop 2 -> 5 -> 3 is 2 × 101 m.
    private static readonly GeoPoint A = new(107.3002, 30.30002); // 1-2, 20 % from node 1
    private static readonly GeoPoint B = new(107.3028, 30.29998); // 3-4, 80 % from node 3
    private static readonly GeoPoint D = new(107.30152, 30.30081); // on the loop at node 5
    private static readonly GeoPoint Island = new(107.3105, 30.3101);

    private static TravelMatrix Square(RoadRouter router, params GeoPoint[] points) =>
        router.Matrix(points, points, cancellationToken: TestContext.Current.CancellationToken);

    private static RoadRouter Router(bool hierarchy, bool ferries = false)
    {
        var graph = RoadGraphBuilderTests.Village(ferries).Graph;
        return new RoadRouter(graph, hierarchy ? ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken) : null);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Matrix_gives_drive_times_and_lengths_along_the_roads(bool hierarchy)
    {
        var router = Router(hierarchy);
        var m = Square(router, A, B);

        var metres = GreatCircle.DistanceMetres(new(107.3002, 30.3), new(107.3028, 30.3));
        Assert.InRange(m.Distance(0, 1)!.Value.Value, metres - 2, metres + 2);
        Assert.Equal(m.Distance(0, 1), m.Distance(1, 0));
        // Tertiary at 30 km/h; each 96 m segment is rounded to 12 s, so 0.8·12 + 12 + 0.8·12 = 31.2 → 31 s.
        Assert.Equal(31, m.Duration(0, 1)!.Value.Value);
        Assert.Equal(0, m.Duration(0, 0)!.Value.Value);
        Assert.Empty(m.Unreachable);
        Assert.All(m.SourceSnapMetres, s => Assert.InRange(s!.Value, 0, 3));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Oneway_loop_is_driven_only_in_its_direction(bool hierarchy)
    {
        var router = Router(hierarchy);
        var m = Square(router, A, D);

        // A -> D: 77 m to node 2, then 101 m up the loop. D -> A: on along the loop to node 3 (101 m), back to 2 (96 m), 77 m to A.
        Assert.InRange(m.Distance(0, 1)!.Value.Value, 175, 181);
        Assert.InRange(m.Distance(1, 0)!.Value.Value, 270, 278);
        Assert.True(m.Duration(1, 0)!.Value > m.Duration(0, 1)!.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Disconnected_island_is_reported_by_index_and_has_no_value(bool hierarchy)
    {
        var router = Router(hierarchy);
        var m = Square(router, A, B, Island);

        Assert.Null(m.Duration(0, 2));
        Assert.Null(m.Duration(2, 1));
        Assert.Null(m.Distance(2, 0));
        Assert.Equal(0, m.Duration(2, 2)!.Value.Value);
        Assert.Equal([new TravelPair(0, 2), new TravelPair(1, 2), new TravelPair(2, 0), new TravelPair(2, 1)], m.Unreachable);
        Assert.InRange(m.SourceSnapMetres[2]!.Value, 0, 20); // on its own (island) road, not off the network
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rectangular_matrix_equals_the_matching_part_of_the_square_one(bool hierarchy)
    {
        var router = Router(hierarchy);
        var square = Square(router, A, B, D, Island);
        var rect = router.Matrix([D, A], [B, Island, A], cancellationToken: TestContext.Current.CancellationToken);

        int[] rows = [2, 0];
        int[] columns = [1, 3, 0];
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(square.Duration(rows[i], columns[j]), rect.Duration(i, j));
                Assert.Equal(square.Distance(rows[i], columns[j]), rect.Distance(i, j));
            }
        }

        Assert.Equal([new TravelPair(0, 1), new TravelPair(1, 1)], rect.Unreachable);
        Assert.Equal(0, rect.Duration(1, 2)!.Value.Value); // A to itself
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Access_legs_are_added_only_when_asked(bool hierarchy)
    {
        var graph = RoadGraphBuilderTests.Village().Graph;
        var ch = hierarchy ? ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken) : null;
        var offRoad = new GeoPoint(107.3028, 30.3009); // 100 m north of the main road
        var plain = Square(new RoadRouter(graph, ch), A, offRoad);
        var walked = Square(new RoadRouter(graph, ch, new RoadRouterOptions(AccessSpeedKmh: 10)), A, offRoad);

        var legs = plain.SourceSnapMetres[0]!.Value + plain.SourceSnapMetres[1]!.Value;
        Assert.InRange(plain.SourceSnapMetres[1]!.Value, 95, 105);
        Assert.InRange(walked.Distance(0, 1)!.Value.Value - plain.Distance(0, 1)!.Value.Value, legs - 1, legs + 1);
        Assert.InRange(walked.Duration(0, 1)!.Value.Value - plain.Duration(0, 1)!.Value.Value, legs / (10 / 3.6) - 1, legs / (10 / 3.6) + 1);
        Assert.Equal(0, walked.Duration(1, 1)!.Value.Value);
    }

    [Fact]
    public void Sites_prefer_the_main_network_within_the_tolerance()
    {
        var graph = RoadGraphBuilderTests.Village().Graph;
        var tolerant = new RoadRouter(graph, options: new RoadRouterOptions(SmallComponentToleranceMetres: 5_000));
        var m = Square(tolerant, A, Island);

        // The island road is ~10 m away, the main road ~1.3 km: with a 5 km tolerance the site joins the main road.
        Assert.Equal(100, graph.SegmentWayId(tolerant.Snap(Island)!.Segment));
        Assert.NotNull(m.Duration(0, 1));
        Assert.Empty(m.Unreachable);
    }

    [Fact]
    public void Far_and_off_network_points_keep_their_snap_distance()
    {
        var router = new RoadRouter(RoadGraphBuilderTests.Village().Graph, options: new RoadRouterOptions(MaxSnapMetres: 20_000));
        var far = new GeoPoint(107.3000, 30.3300); // 2.4 km from the island road, 3.25 km from the main road
        var none = new GeoPoint(108.5, 31.5);
        var m = Square(router, A, far, none);

        Assert.Null(m.SourceSnapMetres[2]);
        Assert.Null(m.TargetSnapMetres[2]);
        Assert.Null(m.Duration(2, 2));
        Assert.Null(m.Duration(0, 2));
        // The main road is within the 1 km small-component tolerance of the nearest (island) road, so it wins.
        Assert.InRange(m.SourceSnapMetres[1]!.Value, 3_200, 3_300);
        Assert.NotNull(m.Duration(0, 1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ferry_is_used_only_when_switched_on(bool hierarchy)
    {
        var pier = new GeoPoint(107.3030, 30.2952); // near ferry end node 7
        var off = Square(Router(hierarchy), A, pier);
        var on = Square(Router(hierarchy, ferries: true), A, pier);

        Assert.True(off.SourceSnapMetres[1] > 500); // nearest kept road is the main road at node 4
        Assert.True(on.SourceSnapMetres[1] < 5);
        // With the ferry: 10 km/h over the last ~520 m.
        Assert.True(on.Duration(0, 1)!.Value.Value > off.Duration(0, 1)!.Value.Value + 150);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Route_geometry_runs_from_snap_to_snap_along_the_roads(bool hierarchy)
    {
        var router = Router(hierarchy);
        var route = router.Route(D, A, TestContext.Current.CancellationToken)!;

        Assert.Equal(route.From.Point, route.Geometry[0]);
        Assert.Equal(route.To.Point, route.Geometry[^1]);
        var drawn = route.Geometry.Zip(route.Geometry.Skip(1), GreatCircle.DistanceMetres).Sum();
        Assert.InRange(drawn, route.Length.Value - 2, route.Length.Value + 2);
        Assert.Contains(new GeoPoint(107.3020, 30.3000), route.Geometry); // via node 3 (loop is oneway)

        var same = router.Route(new GeoPoint(107.3012, 30.3), new GeoPoint(107.3018, 30.3), TestContext.Current.CancellationToken)!;
        Assert.Equal(2, same.Geometry.Count); // both on segment 2-3
        Assert.InRange(same.Length.Value, 56, 59);
    }
}
