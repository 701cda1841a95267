using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Roads.Osm;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// Builds a <see cref="RoadGraph"/> from OSM elements: feed it to a reader (it is an <see cref="IOsmHandler"/>), then call
/// <see cref="Build"/>. Fed in one pass, it holds every node position until the ways are known (fine for county
/// extracts); <see cref="FromFile"/> instead reads the file twice, ways first, then only the nodes those ways use, so a
/// province extract needs memory for its road nodes only. Vertices are the nodes shared by two or more kept ways (or used
/// twice by one), and the ends of each way; a closed way that would give a segment from a vertex back to itself is
/// cut at its middle node. Vertex numbers follow the file order, so the same file always gives the same graph.
/// Turn restrictions (<c>type=restriction</c> relations) are counted as relations but not applied: the graph is
/// node-based and any turn at a vertex is allowed (see the roads section of <c>benchmarks/README.md</c>).
/// </summary>
public sealed class RoadGraphBuilder : IOsmHandler
{
    private readonly RoadProfile _profile;
    private readonly Dictionary<long, GeoPoint> _nodes = [];
    private readonly List<KeptWay> _ways = [];
    private readonly Dictionary<string, long> _excluded = new(StringComparer.Ordinal);
    private long _waysRead;
    private long _relationsRead;
    private long _nodesRead;
    private Pass _pass = Pass.All;
    private HashSet<long>? _neededNodes;

    public RoadGraphBuilder(RoadProfile profile)
    {
        _profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    private enum Pass
    {
        All,
        WaysOnly,
        NeededNodesOnly,
    }

    /// <summary>Reads an <c>.osm.pbf</c> or <c>.osm</c> file (twice: ways, then their nodes) and builds its graph.</summary>
    public static (RoadGraph Graph, RoadGraphBuildReport Report) FromFile(string path, RoadProfile profile, CancellationToken cancellationToken = default)
    {
        var builder = new RoadGraphBuilder(profile) { _pass = Pass.WaysOnly };
        OsmFile.Read(path, builder, cancellationToken);
        builder._neededNodes = builder._ways.SelectMany(w => w.NodeIds).ToHashSet();
        builder._pass = Pass.NeededNodesOnly;
        OsmFile.Read(path, builder, cancellationToken);
        builder._neededNodes = null;
        return builder.Build(cancellationToken);
    }

    public void OnNode(long id, GeoPoint location)
    {
        if (_pass == Pass.WaysOnly)
        {
            return;
        }

        _nodesRead++;
        if (_neededNodes is null || _neededNodes.Contains(id))
        {
            _nodes[id] = location;
        }
    }

    public void OnWay(long id, IReadOnlyList<long> nodeIds, IReadOnlyDictionary<string, string> tags)
    {
        if (_pass == Pass.NeededNodesOnly)
        {
            return;
        }

        _waysRead++;
        var traversal = _profile.Evaluate(tags);
        if (!traversal.IsKept)
        {
            _excluded[traversal.ExcludedBecause!] = _excluded.GetValueOrDefault(traversal.ExcludedBecause!) + 1;
            return;
        }

        if (nodeIds.Count >= 2)
        {
            _ways.Add(new KeptWay(id, nodeIds.ToArray(), traversal));
        }
    }

    public void OnRelation(long id)
    {
        if (_pass != Pass.NeededNodesOnly)
        {
            _relationsRead++;
        }
    }

    public (RoadGraph Graph, RoadGraphBuildReport Report) Build(CancellationToken cancellationToken = default)
    {
        // Split every kept way into runs of consecutive nodes present in the file, without repeated nodes.
        long missing = 0;
        var runs = new List<(KeptWay Way, long[] Nodes)>();
        var run = new List<long>();
        foreach (var way in _ways)
        {
            run.Clear();
            foreach (var nodeId in way.NodeIds)
            {
                if (!_nodes.ContainsKey(nodeId))
                {
                    missing++;
                    FlushRun(way, run, runs);
                    continue;
                }

                if (run.Count == 0 || run[^1] != nodeId)
                {
                    run.Add(nodeId);
                }
            }

            FlushRun(way, run, runs);
        }

        var uses = new Dictionary<long, int>();
        foreach (var (_, nodes) in runs)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                // Ends always become vertices: count them twice.
                var add = i == 0 || i == nodes.Length - 1 ? 2 : 1;
                uses[nodes[i]] = uses.GetValueOrDefault(nodes[i]) + add;
            }
        }

        var vertexOf = new Dictionary<long, int>();
        var vertexLon = new List<double>();
        var vertexLat = new List<double>();
        var segFrom = new List<int>();
        var segTo = new List<int>();
        var segSeconds = new List<int>();
        var segMetres = new List<int>();
        var segWay = new List<long>();
        var segDirections = new List<byte>();
        var pointStart = new List<int> { 0 };
        var pointLon = new List<double>();
        var pointLat = new List<double>();

        int VertexOf(long nodeId)
        {
            if (!vertexOf.TryGetValue(nodeId, out var v))
            {
                v = vertexLon.Count;
                vertexOf[nodeId] = v;
                var p = _nodes[nodeId];
                vertexLon.Add(p.Lon);
                vertexLat.Add(p.Lat);
            }

            return v;
        }

        void AddSegment(KeptWay way, long[] nodes, int start, int end)
        {
            var length = 0.0;
            for (var i = start; i <= end; i++)
            {
                var p = _nodes[nodes[i]];
                pointLon.Add(p.Lon);
                pointLat.Add(p.Lat);
                if (i > start)
                {
                    length += GreatCircle.DistanceMetres(_nodes[nodes[i - 1]], p);
                }
            }

            pointStart.Add(pointLon.Count);
            segFrom.Add(VertexOf(nodes[start]));
            segTo.Add(VertexOf(nodes[end]));
            segMetres.Add(checked((int)Math.Round(length, MidpointRounding.AwayFromZero)));
            segSeconds.Add(checked((int)Math.Round(length / (way.Traversal.SpeedKmh / 3.6), MidpointRounding.AwayFromZero)));
            segWay.Add(way.Id);
            segDirections.Add((byte)((way.Traversal.Forward ? RoadGraph.ForwardFlag : 0) | (way.Traversal.Backward ? RoadGraph.BackwardFlag : 0)));
        }

        foreach (var (way, nodes) in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = 0;
            for (var i = 1; i < nodes.Length; i++)
            {
                if (uses[nodes[i]] < 2)
                {
                    continue;
                }

                if (nodes[i] == nodes[start] && i - start >= 2)
                {
                    // A loop back to its own start: cut it at the middle node, which becomes a vertex.
                    var middle = start + (i - start) / 2;
                    AddSegment(way, nodes, start, middle);
                    AddSegment(way, nodes, middle, i);
                }
                else if (nodes[i] != nodes[start])
                {
                    AddSegment(way, nodes, start, i);
                }

                start = i;
            }
        }

        var graph = new RoadGraph(
            [.. vertexLon], [.. vertexLat], [.. segFrom], [.. segTo], [.. segSeconds], [.. segMetres], [.. segWay], [.. segDirections],
            [.. pointStart], [.. pointLon], [.. pointLat]);
        var report = new RoadGraphBuildReport(
            _nodesRead, _waysRead, _relationsRead, _ways.Count,
            new SortedDictionary<string, long>(_excluded, StringComparer.Ordinal),
            missing, graph.VertexCount, graph.SegmentCount, graph.EdgeCount);
        return (graph, report);
    }

    private static void FlushRun(KeptWay way, List<long> run, List<(KeptWay Way, long[] Nodes)> runs)
    {
        if (run.Count >= 2)
        {
            runs.Add((way, run.ToArray()));
        }

        run.Clear();
    }

    private sealed record KeptWay(long Id, long[] NodeIds, WayTraversal Traversal);
}
