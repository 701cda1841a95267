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
/// <para>
/// Turn restrictions: <c>type=restriction</c> relations with a via <em>node</em> are applied (see <see cref="RoadGraph"/>
/// for how the via junction is split). The value is read from <c>restriction:motorcar</c>, <c>restriction:motor_vehicle</c>,
/// <c>restriction:vehicle</c> or <c>restriction</c>, the most specific present (the profile's vehicle is a light van, as for
/// access tags; <c>restriction:hgv</c>, <c>:bus</c> … alone do not apply to it). <c>no_left_turn</c>, <c>no_right_turn</c>,
/// <c>no_straight_on</c>, <c>no_u_turn</c>, <c>no_entry</c>, <c>no_exit</c> ban every turn from a from-way to a to-way (several
/// from or to members allowed); <c>only_left_turn</c>, <c>only_right_turn</c>, <c>only_straight_on</c>, <c>only_u_turn</c> ban
/// every other departure from the via node, U-turn included. The turn's direction word is not checked against the
/// geometry. An approach is a directed segment of a from-way arriving at the via node; a departure one of a to-way leaving it.
/// </para>
/// <para>
/// Skipped, counted by reason in <see cref="RoadGraphBuildReport.RestrictionsSkippedByReason"/>: <c>via-way</c> (via is a
/// way: not supported), <c>except-motorcar</c> (<c>except=</c> lists motorcar, motor_vehicle or vehicle),
/// <c>other-vehicle</c>, <c>conditional</c> (<c>restriction:conditional</c>, <c>day_on</c>/<c>hour_on</c>), <c>no-value</c>,
/// <c>unknown-value</c>, <c>bad-members</c> (several via nodes, wrong member types), <c>incomplete</c> (a from, via or to
/// member missing, or the via node not in the file: usual at extract borders), <c>way-not-in-graph</c> (a from/to way is
/// not a kept road or not in the file), <c>via-not-on-way</c> (the via node is not a node of a from/to way),
/// <c>via-inside-way</c> (the via node is on the way but not at either end, which the OSM wiki requires; such a
/// restriction is ambiguous about the direction), <c>no-such-turn</c> (no drivable approach or departure, e.g. a oneway
/// from-way leaving the via node).
/// </para>
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
    private long _restrictionsRead;
    private readonly List<OsmTurnRestriction> _restrictions = [];
    private readonly Dictionary<string, long> _restrictionsSkipped = new(StringComparer.Ordinal);
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

    public void OnRelation(long id, IReadOnlyList<OsmMember> members, IReadOnlyDictionary<string, string> tags)
    {
        if (_pass == Pass.NeededNodesOnly)
        {
            return;
        }

        _relationsRead++;
        if (!OsmTurnRestriction.IsRestriction(tags))
        {
            return;
        }

        _restrictionsRead++;
        var (restriction, skipped) = OsmTurnRestriction.Parse(id, members, tags);
        if (restriction is not null)
        {
            _restrictions.Add(restriction);
        }
        else
        {
            Skip(skipped!);
        }
    }

    private void Skip(string reason) => _restrictionsSkipped[reason] = _restrictionsSkipped.GetValueOrDefault(reason) + 1;

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

        var skippedBefore = new Dictionary<string, long>(_restrictionsSkipped, StringComparer.Ordinal);
        var (approachCode, banFirst, banCode, applied) = ResolveRestrictions(vertexOf, segFrom, segTo, segWay, segDirections);
        var graph = new RoadGraph(
            [.. vertexLon], [.. vertexLat], [.. segFrom], [.. segTo], [.. segSeconds], [.. segMetres], [.. segWay], [.. segDirections],
            [.. pointStart], [.. pointLon], [.. pointLat], approachCode, banFirst, banCode);
        var report = new RoadGraphBuildReport(
            _nodesRead, _waysRead, _relationsRead, _ways.Count,
            new SortedDictionary<string, long>(_excluded, StringComparer.Ordinal),
            missing, graph.VertexCount, graph.SegmentCount, graph.EdgeCount)
        {
            RestrictionsRead = _restrictionsRead,
            RestrictionsApplied = applied,
            RestrictionsSkippedByReason = new SortedDictionary<string, long>(_restrictionsSkipped, StringComparer.Ordinal),
            Junctions = graph.JunctionCount,
            RestrictedApproaches = graph.RestrictedApproachCount,
            BannedTurns = graph.BannedTurnCount,
        };

        // Build may be called again (more elements fed): count the graph-dependent skips afresh each time.
        _restrictionsSkipped.Clear();
        foreach (var (reason, count) in skippedBefore)
        {
            _restrictionsSkipped[reason] = count;
        }

        return (graph, report);
    }

    /// <summary>
    /// Checks each parsed restriction against the kept ways and the segments, and turns the valid ones into banned turns
    /// per restricted approach (directed segment codes, ascending). Invalid ones are counted in the skip reasons.
    /// </summary>
    private (int[] ApproachCode, int[] BanFirst, int[] BanCode, long Applied) ResolveRestrictions(
        Dictionary<long, int> vertexOf, List<int> segFrom, List<int> segTo, List<long> segWay, List<byte> segDirections)
    {
        if (_restrictions.Count == 0)
        {
            return ([], [0], [], 0);
        }

        var kept = new Dictionary<long, KeptWay>();
        foreach (var way in _ways)
        {
            kept.TryAdd(way.Id, way);
        }

        // Directed segments at the via junctions: code = segment * 2 (+1 against the node order).
        var viaVertices = new HashSet<int>();
        foreach (var r in _restrictions)
        {
            if (vertexOf.TryGetValue(r.ViaNode, out var v))
            {
                viaVertices.Add(v);
            }
        }

        var arriving = new Dictionary<int, List<int>>();
        var leaving = new Dictionary<int, List<int>>();
        void Add(Dictionary<int, List<int>> map, int vertex, int code)
        {
            if (viaVertices.Contains(vertex))
            {
                if (!map.TryGetValue(vertex, out var list))
                {
                    map[vertex] = list = [];
                }

                list.Add(code);
            }
        }

        for (var s = 0; s < segFrom.Count; s++)
        {
            if ((segDirections[s] & RoadGraph.ForwardFlag) != 0)
            {
                Add(leaving, segFrom[s], s * 2);
                Add(arriving, segTo[s], s * 2);
            }

            if ((segDirections[s] & RoadGraph.BackwardFlag) != 0)
            {
                Add(leaving, segTo[s], s * 2 + 1);
                Add(arriving, segFrom[s], s * 2 + 1);
            }
        }

        var bans = new SortedDictionary<int, SortedSet<int>>();
        long applied = 0;
        foreach (var r in _restrictions)
        {
            var ways = r.FromWays.Concat(r.ToWays).ToArray();
            string? invalid = null;
            if (!_nodes.ContainsKey(r.ViaNode))
            {
                invalid = "incomplete";
            }
            else if (ways.Any(w => !kept.ContainsKey(w)))
            {
                invalid = "way-not-in-graph";
            }
            else if (ways.Any(w => !kept[w].NodeIds.Contains(r.ViaNode)))
            {
                invalid = "via-not-on-way";
            }
            else if (ways.Any(w => kept[w].NodeIds[0] != r.ViaNode && kept[w].NodeIds[^1] != r.ViaNode))
            {
                invalid = "via-inside-way";
            }

            if (invalid is not null)
            {
                Skip(invalid);
                continue;
            }

            var via = vertexOf.GetValueOrDefault(r.ViaNode, -1);
            var approaches = via < 0 ? [] : arriving.GetValueOrDefault(via, []).Where(c => r.FromWays.Contains(segWay[c >> 1])).ToList();
            var departures = via < 0 ? [] : leaving.GetValueOrDefault(via, []).Where(c => r.ToWays.Contains(segWay[c >> 1])).ToList();
            if (approaches.Count == 0 || departures.Count == 0)
            {
                Skip("no-such-turn");
                continue;
            }

            var banned = r.Only ? leaving[via].Except(departures).ToList() : departures;
            foreach (var a in approaches)
            {
                if (!bans.TryGetValue(a, out var set))
                {
                    bans[a] = set = [];
                }

                set.UnionWith(banned);
            }

            applied++;
        }

        var withBans = bans.Where(kv => kv.Value.Count > 0).ToList();
        var approachCode = withBans.Select(kv => kv.Key).ToArray();
        var banFirst = new int[approachCode.Length + 1];
        for (var i = 0; i < approachCode.Length; i++)
        {
            banFirst[i + 1] = banFirst[i] + withBans[i].Value.Count;
        }

        return (approachCode, banFirst, withBans.SelectMany(kv => kv.Value).ToArray(), applied);
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
