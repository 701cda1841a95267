using System.Text;
using Logistics.Core.Errors;
using Logistics.Spatial.Roads.Osm;

namespace Logistics.Spatial.Tests.Roads.Osm;

public sealed class OsmXmlReaderTests
{
    internal static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "Roads", "TestData", name);

    [Fact]
    public void Reads_nodes_ways_tags_and_bounds_and_skips_deleted_elements()
    {
        var handler = new CountingOsmHandler();
        var header = OsmXmlReader.Read(TestFile("village.osm"), handler, TestContext.Current.CancellationToken);

        Assert.Equal("hand", header.WritingProgram);
        Assert.Equal(107.29, header.BoundsMin!.Value.Lon, 9);
        Assert.Equal(30.32, header.BoundsMax!.Value.Lat, 9);
        Assert.Equal(12, handler.NodeCount);
        Assert.Equal(8, handler.Ways.Count); // way 108 is visible="false"
        Assert.DoesNotContain(handler.Ways, w => w.Id == 108);
        var relation = Assert.Single(handler.RelationList);
        Assert.Equal(500, relation.Id);
        Assert.Equal([new OsmMember(OsmMemberType.Way, 100, "")], relation.Members);
        Assert.Equal("route", relation.Tags["type"]);
        var main = handler.Ways.Single(w => w.Id == 100);
        Assert.Equal([1L, 2, 3, 4], main.Refs);
        Assert.Equal("县道X101", main.Tags["name"]);
        Assert.Equal(107.3010, handler.Nodes[2].Lon, 9);
        Assert.Equal(30.3008, handler.Nodes[5].Lat, 9);
    }

    [Fact]
    public void A_node_without_a_latitude_is_reported_with_its_line()
    {
        const string xml = "<osm version=\"0.6\">\n<node id=\"1\" lon=\"107.3\"/>\n</osm>";
        var ex = Assert.Throws<DataValidationException>(() =>
            OsmXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new CountingOsmHandler(), "bad.osm", TestContext.Current.CancellationToken));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("osm.xml.bad-attribute", error.Code);
        Assert.Equal(2, error.Row);
        Assert.Equal("lat", error.Column);
    }

    [Fact]
    public void Restriction_relation_members_keep_their_order_roles_and_types()
    {
        var handler = new CountingOsmHandler();
        OsmXmlReader.Read(TestFile("crossroads.osm"), handler, TestContext.Current.CancellationToken);

        Assert.Equal(5, handler.Relations);
        var (id, members, tags) = handler.RelationList[0];
        Assert.Equal(301, id);
        Assert.Equal(
            [new OsmMember(OsmMemberType.Way, 201, "from"), new OsmMember(OsmMemberType.Node, 5, "via"), new OsmMember(OsmMemberType.Way, 202, "to")],
            members);
        Assert.Equal("no_left_turn", tags["restriction"]);
        Assert.Equal(OsmMemberType.Way, handler.RelationList[2].Members[1].Type); // 303's via is a way
    }

    [Fact]
    public void A_member_without_a_known_type_is_reported_with_its_line()
    {
        const string xml = "<osm version=\"0.6\">\n<relation id=\"1\">\n<member type=\"area\" ref=\"2\" role=\"from\"/>\n</relation>\n</osm>";
        var ex = Assert.Throws<DataValidationException>(() =>
            OsmXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new CountingOsmHandler(), "bad.osm", TestContext.Current.CancellationToken));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("osm.xml.bad-attribute", 3, "type", "area"), (error.Code, error.Row, error.Column, error.Value));
    }

    [Fact]
    public void Malformed_xml_is_a_data_error()
    {
        const string xml = "<osm version=\"0.6\"><node id=\"1\" lat=\"1\" lon=\"2\"></osm>";
        var ex = Assert.Throws<DataValidationException>(() =>
            OsmXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new CountingOsmHandler(), "bad.osm", TestContext.Current.CancellationToken));
        Assert.Equal("osm.xml.malformed", Assert.Single(ex.Errors).Code);
    }
}
