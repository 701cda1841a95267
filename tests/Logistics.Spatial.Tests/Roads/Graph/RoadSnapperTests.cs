using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Tests.Roads.Graph;

public sealed class RoadSnapperTests
{
    [Fact]
    public void Snaps_to_the_nearer_of_two_roads_and_reports_the_distance()
    {
        var (graph, _) = RoadGraphBuilderTests.Village();
        var snapper = new RoadSnapper(graph);

        // 56 m north of the main road but 1 m from the first piece (2 -> 5) of the oneway loop.
        var nearLoop = snapper.Snap(new GeoPoint(107.3013, 30.3005))!;
        Assert.Equal(101, graph.SegmentWayId(nearLoop.Segment));
        Assert.Equal(0, nearLoop.Piece);
        Assert.InRange(nearLoop.DistanceMetres, 0.5, 1.6);

        // 17 m north of the main road, 34 m from the loop.
        var nearMain = snapper.Snap(new GeoPoint(107.3015, 30.30015))!;
        Assert.Equal(100, graph.SegmentWayId(nearMain.Segment));
        Assert.InRange(nearMain.DistanceMetres, 16, 17.5);
        Assert.Equal(0.5, nearMain.Fraction, 3); // halfway between nodes 2 and 3
        Assert.Equal(30.3, nearMain.Point.Lat, 9);
    }

    [Fact]
    public void Excluded_ways_are_not_snapped_to()
    {
        var (graph, _) = RoadGraphBuilderTests.Village();
        var snapper = new RoadSnapper(graph);

        // On the private service road 3 -> 6, 111 m south of the main road.
        var snap = snapper.Snap(new GeoPoint(107.3020, 30.2990))!;
        Assert.Equal(100, graph.SegmentWayId(snap.Segment));
        Assert.InRange(snap.DistanceMetres, 105, 115);
    }

    [Fact]
    public void Nothing_within_the_limit_gives_null()
    {
        var (graph, _) = RoadGraphBuilderTests.Village();
        var snapper = new RoadSnapper(graph);
        Assert.Null(snapper.Snap(new GeoPoint(108.0, 31.0), maxDistanceMetres: 5_000));
        Assert.NotNull(snapper.Snap(new GeoPoint(108.0, 31.0), maxDistanceMetres: 200_000));
    }
}
