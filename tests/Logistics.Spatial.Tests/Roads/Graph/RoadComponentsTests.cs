using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Tests.Roads.Graph;

public sealed class RoadComponentsTests
{
    [Fact]
    public void Village_has_the_main_road_and_two_islands()
    {
        var (graph, _) = RoadGraphBuilderTests.Village();
        var components = new RoadComponents(graph);

        Assert.Equal(3, components.Count); // main road 1-2-3-4 (+ loop), island 10-11, track 9-12
        Assert.Equal(4, components.LargestSize);
        var main = Enumerable.Range(0, graph.SegmentCount).Single(s => graph.SegmentWayId(s) == 105);
        Assert.False(components.InLargest(graph.SegmentFrom(main)));
    }

    [Fact]
    public void A_oneway_dead_end_is_its_own_component()
    {
        var builder = new RoadGraphBuilder(RoadProfile.ChinaRural);
        builder.OnNode(1, new(107.0, 30.0));
        builder.OnNode(2, new(107.001, 30.0));
        builder.OnNode(3, new(107.002, 30.0));
        builder.OnWay(1, [1, 2], new Dictionary<string, string> { ["highway"] = "tertiary" });
        builder.OnWay(2, [2, 3], new Dictionary<string, string> { ["highway"] = "tertiary", ["oneway"] = "yes" });
        var (graph, _) = builder.Build(TestContext.Current.CancellationToken);

        var components = new RoadComponents(graph);

        Assert.Equal(2, components.Count);
        Assert.Equal(2, components.LargestSize);
    }
}
