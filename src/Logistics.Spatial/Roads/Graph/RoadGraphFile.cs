using System.Text;
using Logistics.Core.Errors;
using Logistics.Spatial.Roads.Routing.Ch;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// Binary file for a built road graph and, optionally, its contraction hierarchy (<c>roads build … --out graph.bin</c>).
/// Layout (little-endian): magic "LGRD", format version, then the graph arrays (junctions, segments, geometry), the
/// turn-restriction arrays (restricted approaches, their banned departures), then a flag and the hierarchy arrays
/// (ranks, upward arcs, reversed upward arcs, over routing vertices). Each array is its length followed by its items.
/// The profile is not stored: a file holds the graph as it was built.
/// Versions: 1 = node-based graph without turn restrictions; 2 (current) = with turn restrictions. Files of another
/// version are refused with a message naming the file and its version: rebuild them with <c>roads build</c>.
/// </summary>
public static class RoadGraphFile
{
    private const uint Magic = 0x4452474C; // "LGRD"
    /// <summary>The format version this build writes and reads.</summary>
    public const int Version = 2;

    public static void Save(string path, RoadGraph graph, ContractionHierarchy? hierarchy)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Save(stream, graph, hierarchy);
    }

    public static void Save(Stream stream, RoadGraph graph, ContractionHierarchy? hierarchy)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        var a = graph.Arrays;
        Write(w, a.VertexLon, w.Write);
        Write(w, a.VertexLat, w.Write);
        Write(w, a.SegmentFrom, w.Write);
        Write(w, a.SegmentTo, w.Write);
        Write(w, a.SegmentSeconds, w.Write);
        Write(w, a.SegmentMetres, w.Write);
        Write(w, a.SegmentWayId, w.Write);
        Write(w, a.SegmentDirections, w.Write);
        Write(w, a.SegmentPointStart, w.Write);
        Write(w, a.PointLon, w.Write);
        Write(w, a.PointLat, w.Write);
        Write(w, a.ApproachCode, w.Write);
        Write(w, a.BanFirst, w.Write);
        Write(w, a.BanCode, w.Write);
        w.Write(hierarchy is not null);
        if (hierarchy is not null)
        {
            var (rank, upFirst, up, downFirst, down) = hierarchy.Arrays;
            Write(w, rank, w.Write);
            Write(w, upFirst, w.Write);
            Write(w, up, arc => WriteArc(w, arc));
            Write(w, downFirst, w.Write);
            Write(w, down, arc => WriteArc(w, arc));
        }
    }

    /// <exception cref="DataValidationException">Not a road graph file, another format version, or damaged.</exception>
    public static (RoadGraph Graph, ContractionHierarchy? Hierarchy) Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream, Path.GetFileName(path));
    }

    public static (RoadGraph Graph, ContractionHierarchy? Hierarchy) Load(Stream stream, string? fileName = null)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != Magic)
            {
                throw Bad(fileName, "roads.file.not-a-graph", "This is not a road graph file (built with 'roads build').");
            }

            var version = r.ReadInt32();
            if (version != Version)
            {
                var what = version == 1 ? " (written before turn restrictions were applied)" : string.Empty;
                throw Bad(fileName, "roads.file.version",
                    $"Road graph file '{fileName ?? "(stream)"}' has format version {version}{what}; this program reads version {Version} only: rebuild it with 'roads build'.",
                    version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var arrays = new RoadGraphArrays(
                Read(r, r.ReadDouble), Read(r, r.ReadDouble),
                Read(r, r.ReadInt32), Read(r, r.ReadInt32), Read(r, r.ReadInt32), Read(r, r.ReadInt32),
                Read(r, r.ReadInt64), Read(r, r.ReadByte),
                Read(r, r.ReadInt32), Read(r, r.ReadDouble), Read(r, r.ReadDouble),
                Read(r, r.ReadInt32), Read(r, r.ReadInt32), Read(r, r.ReadInt32));
            Check(arrays, fileName);
            var graph = arrays.ToGraph();
            ContractionHierarchy? hierarchy = null;
            if (r.ReadBoolean())
            {
                var rank = Read(r, r.ReadInt32);
                var upFirst = Read(r, r.ReadInt32);
                var up = Read(r, () => ReadArc(r));
                var downFirst = Read(r, r.ReadInt32);
                var down = Read(r, () => ReadArc(r));
                var n = graph.VertexCount;
                if (rank.Length != n || upFirst.Length != n + 1 || downFirst.Length != n + 1 || upFirst[^1] != up.Length || downFirst[^1] != down.Length
                    || up.Concat(down).Any(a => a.Other < 0 || a.Other >= n || a.Middle >= n || a.OriginalEdge >= graph.EdgeCount))
                {
                    throw Bad(fileName, "roads.file.damaged", "The contraction hierarchy in the file is inconsistent.");
                }

                hierarchy = ContractionHierarchy.FromArrays(rank, upFirst, up, downFirst, down);
            }

            return (graph, hierarchy);
        }
        catch (EndOfStreamException)
        {
            throw Bad(fileName, "roads.file.damaged", "The road graph file is truncated.");
        }
    }

    private static void Check(RoadGraphArrays a, string? fileName)
    {
        var n = a.VertexLon.Length;
        var s = a.SegmentFrom.Length;
        var ok = a.VertexLat.Length == n
            && a.SegmentTo.Length == s && a.SegmentSeconds.Length == s && a.SegmentMetres.Length == s && a.SegmentWayId.Length == s
            && a.SegmentDirections.Length == s && a.SegmentPointStart.Length == s + 1
            && a.PointLat.Length == a.PointLon.Length && (s == 0 || a.SegmentPointStart[^1] == a.PointLon.Length)
            && a.SegmentFrom.All(v => v >= 0 && v < n) && a.SegmentTo.All(v => v >= 0 && v < n);
        if (!ok)
        {
            throw Bad(fileName, "roads.file.damaged", "The road graph arrays in the file are inconsistent.");
        }

        if (a.CheckRestrictions() is { } problem)
        {
            throw Bad(fileName, "roads.file.damaged", $"The turn restrictions in the file are inconsistent: {problem}.");
        }
    }

    private static void Write<T>(BinaryWriter w, T[] items, Action<T> write)
    {
        w.Write(items.Length);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static T[] Read<T>(BinaryReader r, Func<T> read)
    {
        var length = r.ReadInt32();
        if (length < 0 || length > r.BaseStream.Length)
        {
            throw new EndOfStreamException();
        }

        var items = new T[length];
        for (var i = 0; i < length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    private static void WriteArc(BinaryWriter w, ChArc arc)
    {
        w.Write(arc.Other);
        w.Write(arc.Seconds);
        w.Write(arc.Metres);
        w.Write(arc.Middle);
        w.Write(arc.OriginalEdge);
    }

    private static ChArc ReadArc(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32());

    private static DataValidationException Bad(string? fileName, string code, string message, string? value = null) =>
        new([new DataError(code, message, File: fileName, Value: value)]);
}
