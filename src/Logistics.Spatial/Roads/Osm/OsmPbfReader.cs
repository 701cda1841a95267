using System.Buffers.Binary;
using System.IO.Compression;
using Google.Protobuf;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Osm.Proto;

namespace Logistics.Spatial.Roads.Osm;

/// <summary>
/// Streaming reader for OpenStreetMap <c>.osm.pbf</c> files (https://wiki.openstreetmap.org/wiki/PBF_Format).
/// Each fileblock is a 4-byte big-endian BlobHeader length, a BlobHeader and a Blob (raw or zlib; LZMA, LZ4 and
/// ZSTD blobs are reported as unsupported). Data blocks hold a string table, plain nodes, dense nodes (delta-coded
/// ids and coordinates, tags in <c>keys_vals</c>), ways (delta-coded node refs) and relations (delta-coded member ids,
/// roles from the string table, member types). Coordinates are
/// <c>1e-9 · (offset + granularity · value)</c> degrees.
/// </summary>
public static class OsmPbfReader
{
    private const int MaxBlobHeaderSize = 64 * 1024;
    private const int MaxBlobSize = 32 * 1024 * 1024;

    private static readonly HashSet<string> SupportedFeatures = new(StringComparer.Ordinal)
    {
        "OsmSchema-V0.6", "DenseNodes",
    };

    /// <summary>Reads the whole file, calling <paramref name="handler"/> for every element; returns the header.</summary>
    /// <exception cref="DataValidationException">The file is truncated, corrupt or needs an unsupported feature.</exception>
    public static OsmHeader Read(Stream stream, IOsmHandler handler, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(handler);
        OsmHeader? header = null;
        var lengthBuffer = new byte[4];
        var blockIndex = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var got = ReadFully(stream, lengthBuffer);
            if (got == 0)
            {
                break;
            }

            if (got < 4)
            {
                throw Error(fileName, blockIndex, "osm.pbf.truncated", "The file ends inside a block length.");
            }

            var headerSize = BinaryPrimitives.ReadInt32BigEndian(lengthBuffer);
            if (headerSize <= 0 || headerSize > MaxBlobHeaderSize)
            {
                throw Error(fileName, blockIndex, "osm.pbf.corrupt", $"Blob header size {headerSize} is out of range (1..{MaxBlobHeaderSize}).");
            }

            var blobHeader = BlobHeader.Parser.ParseFrom(ReadExactly(stream, headerSize, fileName, blockIndex));
            if (blobHeader.Datasize < 0 || blobHeader.Datasize > MaxBlobSize)
            {
                throw Error(fileName, blockIndex, "osm.pbf.corrupt", $"Blob size {blobHeader.Datasize} is out of range (0..{MaxBlobSize}).");
            }

            var blob = Blob.Parser.ParseFrom(ReadExactly(stream, blobHeader.Datasize, fileName, blockIndex));
            var data = Decompress(blob, fileName, blockIndex);
            switch (blobHeader.Type)
            {
                case "OSMHeader":
                    header = ReadHeader(HeaderBlock.Parser.ParseFrom(data), fileName, blockIndex);
                    break;
                case "OSMData":
                    if (header is null)
                    {
                        throw Error(fileName, blockIndex, "osm.pbf.corrupt", "An OSMData block comes before the OSMHeader block.");
                    }

                    ReadPrimitiveBlock(PrimitiveBlock.Parser.ParseFrom(data), handler);
                    break;
                default:
                    break; // unknown block types are skipped, as the specification asks
            }

            blockIndex++;
        }

        return header ?? throw Error(fileName, blockIndex, "osm.pbf.corrupt", "The file has no OSMHeader block.");
    }

    /// <summary>Opens and reads a file.</summary>
    public static OsmHeader Read(string path, IOsmHandler handler, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, handler, Path.GetFileName(path), cancellationToken);
    }

    private static OsmHeader ReadHeader(HeaderBlock block, string? fileName, int blockIndex)
    {
        var unsupported = block.RequiredFeatures.Where(f => !SupportedFeatures.Contains(f)).ToList();
        if (unsupported.Count > 0)
        {
            throw Error(fileName, blockIndex, "osm.pbf.unsupported-feature",
                $"The file requires feature(s) this reader does not support: {string.Join(", ", unsupported)}.");
        }

        GeoPoint? min = null, max = null;
        if (block.Bbox is { } bbox)
        {
            min = new GeoPoint(bbox.Left * 1e-9, bbox.Bottom * 1e-9);
            max = new GeoPoint(bbox.Right * 1e-9, bbox.Top * 1e-9);
        }

        DateTimeOffset? timestamp = block.HasOsmosisReplicationTimestamp
            ? DateTimeOffset.FromUnixTimeSeconds(block.OsmosisReplicationTimestamp)
            : null;
        return new OsmHeader(
            block.HasWritingprogram ? block.Writingprogram : null,
            min,
            max,
            timestamp,
            block.RequiredFeatures.ToArray());
    }

    private static void ReadPrimitiveBlock(PrimitiveBlock block, IOsmHandler handler)
    {
        var strings = new string[block.Stringtable.S.Count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = block.Stringtable.S[i].ToStringUtf8();
        }

        long granularity = block.Granularity;
        var latOffset = block.LatOffset;
        var lonOffset = block.LonOffset;
        GeoPoint Point(long lat, long lon) =>
            new((lonOffset + granularity * lon) * 1e-9, (latOffset + granularity * lat) * 1e-9);

        var refs = new List<long>();
        var members = new List<OsmMember>();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in block.Primitivegroup)
        {
            foreach (var node in group.Nodes)
            {
                handler.OnNode(node.Id, Point(node.Lat, node.Lon));
            }

            if (group.Dense is { } dense)
            {
                if (dense.Lat.Count != dense.Id.Count || dense.Lon.Count != dense.Id.Count)
                {
                    throw new DataValidationException([new DataError("osm.pbf.corrupt", "Dense nodes have different numbers of ids, latitudes and longitudes.")]);
                }

                long id = 0, lat = 0, lon = 0;
                for (var i = 0; i < dense.Id.Count; i++)
                {
                    id += dense.Id[i];
                    lat += dense.Lat[i];
                    lon += dense.Lon[i];
                    handler.OnNode(id, Point(lat, lon));
                }
            }

            foreach (var way in group.Ways)
            {
                refs.Clear();
                long nodeId = 0;
                foreach (var delta in way.Refs)
                {
                    nodeId += delta;
                    refs.Add(nodeId);
                }

                tags.Clear();
                var n = Math.Min(way.Keys.Count, way.Vals.Count);
                for (var i = 0; i < n; i++)
                {
                    tags[strings[way.Keys[i]]] = strings[way.Vals[i]];
                }

                handler.OnWay(way.Id, refs, tags);
            }

            foreach (var relation in group.Relations)
            {
                members.Clear();
                long memberId = 0;
                var count = Math.Min(relation.Memids.Count, Math.Min(relation.RolesSid.Count, relation.Types_.Count));
                for (var i = 0; i < count; i++)
                {
                    memberId += relation.Memids[i];
                    var role = relation.RolesSid[i] >= 0 && relation.RolesSid[i] < strings.Length ? strings[relation.RolesSid[i]] : string.Empty;
                    var type = relation.Types_[i] switch
                    {
                        Relation.Types.MemberType.Node => OsmMemberType.Node,
                        Relation.Types.MemberType.Way => OsmMemberType.Way,
                        _ => OsmMemberType.Relation,
                    };
                    members.Add(new OsmMember(type, memberId, role));
                }

                tags.Clear();
                var n = Math.Min(relation.Keys.Count, relation.Vals.Count);
                for (var i = 0; i < n; i++)
                {
                    tags[strings[relation.Keys[i]]] = strings[relation.Vals[i]];
                }

                handler.OnRelation(relation.Id, members, tags);
            }
        }
    }

    private static byte[] Decompress(Blob blob, string? fileName, int blockIndex)
    {
        switch (blob.DataCase)
        {
            case Blob.DataOneofCase.Raw:
                return blob.Raw.ToByteArray();
            case Blob.DataOneofCase.ZlibData:
                if (blob.RawSize < 0 || blob.RawSize > MaxBlobSize)
                {
                    throw Error(fileName, blockIndex, "osm.pbf.corrupt", $"Uncompressed size {blob.RawSize} is out of range.");
                }

                using (var zlib = new ZLibStream(new MemoryStream(blob.ZlibData.ToByteArray(), writable: false), CompressionMode.Decompress))
                {
                    if (!blob.HasRawSize || blob.RawSize == 0)
                    {
                        // raw_size is optional in the schema: inflate without a size hint, still bounded.
                        using var buffer = new MemoryStream();
                        var chunk = new byte[1 << 16];
                        int read;
                        while ((read = zlib.Read(chunk, 0, chunk.Length)) > 0)
                        {
                            buffer.Write(chunk, 0, read);
                            if (buffer.Length > MaxBlobSize)
                            {
                                throw Error(fileName, blockIndex, "osm.pbf.corrupt", $"A block inflates to more than {MaxBlobSize} bytes.");
                            }
                        }

                        return buffer.ToArray();
                    }

                    var output = new byte[blob.RawSize];
                    if (ReadFully(zlib, output) != output.Length)
                    {
                        throw Error(fileName, blockIndex, "osm.pbf.corrupt", "The zlib data is shorter than its declared size.");
                    }

                    return output;
                }
            default:
                throw Error(fileName, blockIndex, "osm.pbf.unsupported-compression",
                    $"Blob compression '{blob.DataCase}' is not supported (raw and zlib are); recompress with e.g. 'osmium cat -o out.osm.pbf'.");
        }
    }

    private static byte[] ReadExactly(Stream stream, int count, string? fileName, int blockIndex)
    {
        var buffer = new byte[count];
        if (ReadFully(stream, buffer) != count)
        {
            throw Error(fileName, blockIndex, "osm.pbf.truncated", "The file ends inside a block.");
        }

        return buffer;
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static DataValidationException Error(string? fileName, int blockIndex, string code, string message) =>
        new([new DataError(code, message, File: fileName, Entity: $"block {blockIndex}")]);
}
