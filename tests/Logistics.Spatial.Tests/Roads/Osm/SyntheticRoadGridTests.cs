using System.Text;
using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Osm;

namespace Logistics.Spatial.Tests.Roads.Osm;

public class SyntheticRoadGridTests
{
    private static string Grid(int size, int seed)
    {
        using var w = new StringWriter();
        SyntheticRoadGrid.Write(w, size, seed);
        return w.ToString();
    }

    [Fact]
    public void Same_seed_same_file_other_seed_other_file()
    {
        Assert.Equal(Grid(20, 3), Grid(20, 3));
        Assert.NotEqual(Grid(20, 3), Grid(20, 4));
    }

    [Fact]
    public void The_grid_reads_back_as_a_drivable_network()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("logistics-synth").FullName, "grid.osm");
        File.WriteAllText(path, Grid(30, 3), new UTF8Encoding(false));
        try
        {
            var handler = new CountingOsmHandler();
            OsmXmlReader.Read(path, handler, TestContext.Current.CancellationToken);
            Assert.Equal(900, handler.NodeCount);
            Assert.Contains(handler.Ways, w => w.Tags["highway"] == "secondary");
            Assert.Contains(handler.Ways, w => w.Tags["highway"] == "tertiary");

            var (graph, _) = RoadGraphBuilder.FromFile(path, RoadProfile.ChinaRural, TestContext.Current.CancellationToken);
            Assert.InRange(graph.VertexCount, 100, 900);
            Assert.True(graph.EdgeCount > graph.VertexCount, "a grid has more directed edges than junctions");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Restrictions_are_added_at_crossings_without_changing_the_roads()
    {
        using var w = new StringWriter();
        SyntheticRoadGrid.Write(w, 60, 3, restrictionShare: 1);
        var withRestrictions = w.ToString();
        var plain = Grid(60, 3);

        Assert.Equal(plain.Replace("</osm>\n", string.Empty, StringComparison.Ordinal), withRestrictions[..(plain.Length - "</osm>\n".Length)]);
        var builder = new RoadGraphBuilder(RoadProfile.ChinaRural);
        OsmXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(withRestrictions)), builder, "grid.osm", TestContext.Current.CancellationToken);
        var (graph, report) = builder.Build(TestContext.Current.CancellationToken);

        Assert.True(report.RestrictionsRead > 20, $"{report.RestrictionsRead} restrictions");
        Assert.Equal(report.RestrictionsRead, report.RestrictionsApplied + report.RestrictionsSkippedByReason.Values.Sum());
        Assert.True(report.RestrictionsApplied > report.RestrictionsRead * 9 / 10, string.Join(", ", report.RestrictionsSkippedByReason));
        Assert.True(graph.BannedTurnCount >= report.RestrictionsApplied);
    }
}
