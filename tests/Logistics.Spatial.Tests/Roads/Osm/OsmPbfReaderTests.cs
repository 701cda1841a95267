using System.Buffers.Binary;
using Google.Protobuf;
using Logistics.Core.Errors;
using Logistics.Spatial.Roads.Osm;
using Logistics.Spatial.Roads.Osm.Proto;
using Logistics.Spatial.Tests.Geodesy;

namespace Logistics.Spatial.Tests.Roads.Osm;

public sealed class OsmPbfReaderTests
{
    [Fact]
    public void Andorra_extract_counts_match_the_geodata_readme()
    {
        var path = SharedGeodata.RequireFile("roads/andorra.osm.pbf");
        var handler = new CountingOsmHandler { KeepNodes = false };

        var header = OsmPbfReader.Read(path, handler, TestContext.Current.CancellationToken);

        // Figures from ../shared/geodata/README.md (checked there with an independent reader).
        Assert.Equal(69_644, handler.NodeCount);
        Assert.Equal(2_725, handler.Ways.Count);
        Assert.Equal(74, handler.Relations);
        Assert.Equal(1_615, handler.Ways.Count(w => w.Tags.ContainsKey("highway")));
        Assert.Equal(468, handler.Ways.Count(w => w.Tags.GetValueOrDefault("highway") == "residential"));
        Assert.Equal(309, handler.Ways.Count(w => w.Tags.GetValueOrDefault("highway") == "primary"));
        Assert.StartsWith("Osmium", header.WritingProgram);
        Assert.Equal(new DateTimeOffset(2013, 5, 28, 0, 0, 0, TimeSpan.Zero), header.ReplicationTimestamp!.Value.UtcDateTime.Date);
        Assert.Equal(1.422, header.BoundsMin!.Value.Lon, 3);
        Assert.Equal(42.657, header.BoundsMax!.Value.Lat, 3);
    }

    [Fact]
    public void Andorra_relations_come_with_their_members_and_tags()
    {
        var path = SharedGeodata.RequireFile("roads/andorra.osm.pbf");
        var handler = new CountingOsmHandler { KeepNodes = false };

        OsmPbfReader.Read(path, handler, TestContext.Current.CancellationToken);

        var types = handler.RelationList.GroupBy(r => r.Tags.GetValueOrDefault("type") ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        // This 2013 extract has no turn restrictions at all (see benchmarks/README.md, roads section).
        Assert.Equal(
            new Dictionary<string, int> { ["boundary"] = 46, ["defaults"] = 2, ["multilinestring"] = 3, ["multipolygon"] = 8, ["route"] = 8, ["site"] = 6, ["superroute"] = 1 },
            types);
        Assert.All(handler.RelationList, r => Assert.NotEmpty(r.Members));
        var members = handler.RelationList.SelectMany(r => r.Members).ToList();
        Assert.All(Enum.GetValues<OsmMemberType>(), t => Assert.Contains(members, m => m.Type == t));
        Assert.Contains(members, m => m.Role == "outer");
    }

    [Fact]
    public void Dense_nodes_and_way_refs_are_delta_decoded_with_granularity_and_offsets()
    {
        var block = new PrimitiveBlock { Granularity = 100, LatOffset = 1_000, LonOffset = -2_000 };
        block.Stringtable = new StringTable();
        foreach (var s in new[] { "", "highway", "primary", "oneway", "yes" })
        {
            block.Stringtable.S.Add(ByteString.CopyFromUtf8(s));
        }

        var dense = new DenseNodes();
        dense.Id.AddRange([10, 5, -3]);                          // ids 10, 15, 12
        dense.Lat.AddRange([423_000_000, 10, -20]);               // 42.3 + offsets
        dense.Lon.AddRange([15_000_000, -1, 2]);
        var way = new Way { Id = 77 };
        way.Refs.AddRange([10, 5, -3]);
        way.Keys.AddRange([1u, 3u]);
        way.Vals.AddRange([2u, 4u]);
        var group = new PrimitiveGroup { Dense = dense };
        group.Ways.Add(way);
        block.Primitivegroup.Add(group);
        var plain = new PrimitiveGroup();
        plain.Nodes.Add(new Node { Id = 99, Lat = 300_000_000, Lon = 1_070_000_000 }); // not delta coded
        block.Primitivegroup.Add(plain);

        var header = new HeaderBlock { Writingprogram = "test" };
        header.RequiredFeatures.Add("OsmSchema-V0.6");
        header.RequiredFeatures.Add("DenseNodes");
        using var file = new MemoryStream();
        WriteBlock(file, "OSMHeader", header.ToByteString(), compress: false);
        WriteBlock(file, "OSMData", block.ToByteString(), compress: true);
        file.Position = 0;

        var handler = new CountingOsmHandler();
        OsmPbfReader.Read(file, handler, "synthetic.osm.pbf", TestContext.Current.CancellationToken);

        Assert.Equal([10L, 12, 15, 99], handler.Nodes.Keys.Order());
        Assert.Equal((1_000 + 100 * 300_000_000L) * 1e-9, handler.Nodes[99].Lat, 12);
        Assert.Equal((-2_000 + 100 * 1_070_000_000L) * 1e-9, handler.Nodes[99].Lon, 12);
        Assert.Equal((1_000 + 100 * 423_000_010L) * 1e-9, handler.Nodes[15].Lat, 12);
        Assert.Equal((-2_000 + 100 * 14_999_999L) * 1e-9, handler.Nodes[15].Lon, 12);
        Assert.Equal((1_000 + 100 * 422_999_990L) * 1e-9, handler.Nodes[12].Lat, 12);
        var (id, refs, tags) = Assert.Single(handler.Ways);
        Assert.Equal(77, id);
        Assert.Equal([10L, 15, 12], refs);
        Assert.Equal("primary", tags["highway"]);
        Assert.Equal("yes", tags["oneway"]);
    }

    [Fact]
    public void Relation_members_are_delta_decoded_with_roles_and_types()
    {
        var block = new PrimitiveBlock { Stringtable = new StringTable() };
        foreach (var s in new[] { "", "type", "restriction", "no_left_turn", "from", "via", "to" })
        {
            block.Stringtable.S.Add(ByteString.CopyFromUtf8(s));
        }

        var relation = new Relation { Id = 301 };
        relation.Keys.AddRange([1u, 2u]);
        relation.Vals.AddRange([2u, 3u]);
        relation.Memids.AddRange([201, -196, 197]); // 201, 5, 202
        relation.RolesSid.AddRange([4, 5, 6]);
        relation.Types_.AddRange([Relation.Types.MemberType.Way, Relation.Types.MemberType.Node, Relation.Types.MemberType.Way]);
        var group = new PrimitiveGroup();
        group.Relations.Add(relation);
        block.Primitivegroup.Add(group);
        using var file = new MemoryStream();
        WriteBlock(file, "OSMHeader", new HeaderBlock().ToByteString(), compress: false);
        WriteBlock(file, "OSMData", block.ToByteString(), compress: true);
        file.Position = 0;

        var handler = new CountingOsmHandler();
        OsmPbfReader.Read(file, handler, "r.osm.pbf", TestContext.Current.CancellationToken);

        var (id, members, tags) = Assert.Single(handler.RelationList);
        Assert.Equal(301, id);
        Assert.Equal(
            [new OsmMember(OsmMemberType.Way, 201, "from"), new OsmMember(OsmMemberType.Node, 5, "via"), new OsmMember(OsmMemberType.Way, 202, "to")],
            members);
        Assert.Equal("restriction", tags["type"]);
        Assert.Equal("no_left_turn", tags["restriction"]);
    }

    [Fact]
    public void Unsupported_required_features_are_reported()
    {
        var header = new HeaderBlock();
        header.RequiredFeatures.Add("HistoricalInformation");
        using var file = new MemoryStream();
        WriteBlock(file, "OSMHeader", header.ToByteString(), compress: false);
        file.Position = 0;

        var ex = Assert.Throws<DataValidationException>(() => OsmPbfReader.Read(file, new CountingOsmHandler(), "h.osm.pbf", TestContext.Current.CancellationToken));
        Assert.Equal("osm.pbf.unsupported-feature", Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void A_truncated_file_is_reported()
    {
        using var file = new MemoryStream();
        WriteBlock(file, "OSMHeader", new HeaderBlock().ToByteString(), compress: false);
        var bytes = file.ToArray()[..^3];

        var ex = Assert.Throws<DataValidationException>(() => OsmPbfReader.Read(new MemoryStream(bytes), new CountingOsmHandler(), "t.osm.pbf", TestContext.Current.CancellationToken));
        Assert.Equal("osm.pbf.truncated", Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Zlib_blobs_without_raw_size_are_inflated_fully()
    {
        var header = new HeaderBlock { Writingprogram = "no-raw-size" };
        var block = new PrimitiveBlock { Stringtable = new StringTable() };
        block.Stringtable.S.Add(ByteString.Empty);
        var group = new PrimitiveGroup();
        group.Nodes.Add(new Node { Id = 5, Lat = 1, Lon = 1 });
        block.Primitivegroup.Add(group);
        using var file = new MemoryStream();
        WriteBlock(file, "OSMHeader", header.ToByteString(), compress: true, withRawSize: false);
        WriteBlock(file, "OSMData", block.ToByteString(), compress: true, withRawSize: false);
        file.Position = 0;

        var handler = new CountingOsmHandler();
        var read = OsmPbfReader.Read(file, handler, "n.osm.pbf", TestContext.Current.CancellationToken);

        Assert.Equal("no-raw-size", read.WritingProgram);
        Assert.Equal(1, handler.NodeCount);
    }

    private static void WriteBlock(Stream output, string type, ByteString payload, bool compress, bool withRawSize = true)
    {
        var blob = new Blob();
        if (withRawSize)
        {
            blob.RawSize = payload.Length;
        }

        if (compress)
        {
            using var buffer = new MemoryStream();
            using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                payload.WriteTo(zlib);
            }

            blob.ZlibData = ByteString.CopyFrom(buffer.ToArray());
        }
        else
        {
            blob.Raw = payload;
        }

        var blobBytes = blob.ToByteArray();
        var headerBytes = new BlobHeader { Type = type, Datasize = blobBytes.Length }.ToByteArray();
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, headerBytes.Length);
        output.Write(length);
        output.Write(headerBytes);
        output.Write(blobBytes);
    }
}
