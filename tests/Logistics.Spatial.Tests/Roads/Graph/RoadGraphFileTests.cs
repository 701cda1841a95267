using Logistics.Core.Errors;
using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Tests.Roads.Graph;

public sealed class RoadGraphFileTests
{
    [Fact]
    public void Graph_without_hierarchy_round_trips()
    {
        var (graph, _) = RoadGraphBuilderTests.Village();
        using var file = new MemoryStream();
        RoadGraphFile.Save(file, graph, null);
        file.Position = 0;

        var (loaded, hierarchy) = RoadGraphFile.Load(file);

        Assert.Null(hierarchy);
        Assert.Equal(graph.SegmentCount, loaded.SegmentCount);
        for (var s = 0; s < graph.SegmentCount; s++)
        {
            Assert.Equal(graph.SegmentGeometry(s), loaded.SegmentGeometry(s));
            Assert.Equal(graph.SegmentSeconds(s), loaded.SegmentSeconds(s));
            Assert.Equal(graph.SegmentWayId(s), loaded.SegmentWayId(s));
            Assert.Equal(graph.SegmentForward(s), loaded.SegmentForward(s));
        }
    }

    [Fact]
    public void Other_and_truncated_files_are_data_errors()
    {
        var notGraph = Assert.Throws<DataValidationException>(() => RoadGraphFile.Load(new MemoryStream(new byte[16]), "x.bin"));
        Assert.Equal("roads.file.not-a-graph", Assert.Single(notGraph.Errors).Code);

        var (graph, _) = RoadGraphBuilderTests.Village();
        using var file = new MemoryStream();
        RoadGraphFile.Save(file, graph, null);
        var truncated = Assert.Throws<DataValidationException>(() => RoadGraphFile.Load(new MemoryStream(file.ToArray()[..^10]), "t.bin"));
        Assert.Equal("roads.file.damaged", Assert.Single(truncated.Errors).Code);
    }
}
