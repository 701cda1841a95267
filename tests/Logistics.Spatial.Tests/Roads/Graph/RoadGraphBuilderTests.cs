using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Tests.Roads.Osm;

namespace Logistics.Spatial.Tests.Roads.Graph;

public sealed class RoadGraphBuilderTests
{
    internal static (RoadGraph Graph, RoadGraphBuildReport Report) Village(bool ferries = false) =>
        RoadGraphBuilder.FromFile(OsmXmlReaderTests.TestFile("village.osm"), RoadProfile.ChinaRural.WithFerries(ferries), TestContext.Current.CancellationToken);

    [Fact]
    public void Village_graph_keeps_drivable_ways_and_counts_exclusions()
    {
        var (graph, report) = Village();

        Assert.Equal(12, report.NodesRead);
        Assert.Equal(8, report.WaysRead);
        Assert.Equal(4, report.WaysKept); // 100 tertiary, 101 oneway loop, 105 island, 107 grade1 track
        Assert.Equal(1, report.WaysExcludedByReason["access"]);
        Assert.Equal(1, report.WaysExcludedByReason["ferry"]);
        Assert.Equal(1, report.WaysExcludedByReason["not-a-road"]);
        Assert.Equal(1, report.WaysExcludedByReason["track-not-passable"]);
        // Vertices: 1, 2, 3, 4 (2 and 3 shared with the loop), 10, 11, 9, 12; node 5 is only geometry.
        Assert.Equal(8, graph.VertexCount);
        // Segments: 1-2, 2-3, 3-4, 2-5-3, 10-11, 9-12; edges: both ways except the oneway loop.
        Assert.Equal(6, graph.SegmentCount);
        Assert.Equal(11, graph.EdgeCount);
        Assert.Equal(report.Edges, graph.EdgeCount);
    }

    [Fact]
    public void Segments_carry_geometry_length_and_duration_from_the_speed_profile()
    {
        var (graph, _) = Village();
        var loop = Enumerable.Range(0, graph.SegmentCount).Single(s => graph.SegmentWayId(s) == 101);

        Assert.True(graph.SegmentForward(loop));
        Assert.False(graph.SegmentBackward(loop));
        var geometry = graph.SegmentGeometry(loop);
        Assert.Equal(3, geometry.Length);
        Assert.Equal(107.3015, geometry[1].Lon, 9); // node 5 kept as shape point
        var expectedMetres = GreatCircle.DistanceMetres(geometry[0], geometry[1]) + GreatCircle.DistanceMetres(geometry[1], geometry[2]);
        Assert.Equal(Math.Round(expectedMetres), graph.SegmentMetres(loop));
        Assert.Equal(Math.Round(expectedMetres / (20 / 3.6)), graph.SegmentSeconds(loop)); // residential 20 km/h
        Assert.Equal(graph.Vertex(graph.SegmentFrom(loop)), geometry[0]);
        Assert.Equal(graph.Vertex(graph.SegmentTo(loop)), geometry[^1]);

        // Only the forward edge of the oneway loop exists.
        var loopEdges = Enumerable.Range(0, graph.EdgeCount).Where(e => graph.EdgeSegment(e) == loop).ToList();
        var edge = Assert.Single(loopEdges);
        Assert.False(graph.EdgeIsReversed(edge));
        Assert.Equal(graph.SegmentTo(loop), graph.EdgeTarget(edge));
    }

    [Fact]
    public void Ferries_join_the_graph_when_switched_on()
    {
        var (graph, report) = Village(ferries: true);
        Assert.Equal(5, report.WaysKept);
        Assert.Equal(7, graph.SegmentCount);
        Assert.False(report.WaysExcludedByReason.ContainsKey("ferry"));
    }

    [Fact]
    public void A_closed_way_is_cut_into_two_segments()
    {
        var builder = new RoadGraphBuilder(RoadProfile.ChinaRural);
        builder.OnNode(1, new(107.0, 30.0));
        builder.OnNode(2, new(107.001, 30.0));
        builder.OnNode(3, new(107.001, 30.001));
        builder.OnNode(4, new(107.0, 30.001));
        builder.OnWay(9, [1, 2, 3, 4, 1], new Dictionary<string, string> { ["highway"] = "residential", ["junction"] = "roundabout" });

        var (graph, _) = builder.Build(TestContext.Current.CancellationToken);

        Assert.Equal(2, graph.SegmentCount);
        Assert.Equal(2, graph.VertexCount);
        Assert.All(Enumerable.Range(0, 2), s => Assert.NotEqual(graph.SegmentFrom(s), graph.SegmentTo(s)));
        Assert.Equal(2, graph.EdgeCount); // roundabout: one direction only
    }

    [Fact]
    public void Missing_nodes_cut_the_way_and_are_counted()
    {
        var builder = new RoadGraphBuilder(RoadProfile.ChinaRural);
        builder.OnNode(1, new(107.0, 30.0));
        builder.OnNode(2, new(107.001, 30.0));
        builder.OnNode(4, new(107.003, 30.0));
        builder.OnNode(5, new(107.004, 30.0));
        builder.OnWay(9, [1, 2, 3, 4, 5], new Dictionary<string, string> { ["highway"] = "tertiary" });

        var (graph, report) = builder.Build(TestContext.Current.CancellationToken);

        Assert.Equal(1, report.MissingNodeRefs);
        Assert.Equal(2, graph.SegmentCount); // 1-2 and 4-5, nothing across the gap
        Assert.Equal(4, graph.VertexCount);
    }
}
