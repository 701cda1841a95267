using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>
/// Travel times on a <see cref="RoadGraph"/>: snaps sites to the nearest segment, then either runs one Dijkstra search
/// per source (stopped once every target's vertices are settled), or, when a <see cref="ContractionHierarchy"/> is
/// given, a bucket-based many-to-many query (one backward upward search per target, one forward per source). Both give
/// the same fastest times. A point's start/end leg is the partial segment to the vertex ends it may drive to
/// (respecting oneway and, through the graph's split junctions, turn restrictions); two points on the same segment may
/// also drive directly along it.
/// Not thread-safe (the search arrays are reused); create one per thread, or use the thread-safe
/// <see cref="RoadGraphTravelTimeProvider"/>, which keeps a pool of routers sharing one snapping index.
/// </summary>
public sealed class RoadRouter
{
    private readonly DijkstraSearch _search;
    private readonly ChSearch? _forward;
    private readonly ChSearch? _backward;

    public RoadRouter(RoadGraph graph, ContractionHierarchy? hierarchy = null, RoadRouterOptions? options = null)
        : this(graph, hierarchy, options, null, null)
    {
    }

    /// <summary>A router that shares the (immutable) snapping index and components of another one.</summary>
    internal RoadRouter(RoadGraph graph, ContractionHierarchy? hierarchy, RoadRouterOptions? options, RoadSnapper? snapper, RoadComponents? components)
    {
        Graph = graph ?? throw new ArgumentNullException(nameof(graph));
        if (hierarchy is not null && hierarchy.VertexCount != graph.VertexCount)
        {
            throw new ArgumentException("The contraction hierarchy was built for another graph.", nameof(hierarchy));
        }

        Hierarchy = hierarchy;
        Options = options ?? RoadRouterOptions.Default;
        Snapper = snapper ?? new RoadSnapper(graph);
        Components = components ?? new RoadComponents(graph);
        _search = new DijkstraSearch(graph);
        if (hierarchy is not null)
        {
            _forward = new ChSearch(hierarchy, forward: true);
            _backward = new ChSearch(hierarchy, forward: false);
        }
    }

    public RoadGraph Graph { get; }

    /// <summary>The hierarchy used for queries, or null for plain Dijkstra.</summary>
    public ContractionHierarchy? Hierarchy { get; }

    public RoadRouterOptions Options { get; }

    public RoadSnapper Snapper { get; }

    /// <summary>Strongly connected components, used to keep sites off isolated road pieces.</summary>
    public RoadComponents Components { get; }

    /// <summary>
    /// Snaps a point to the nearest road, preferring the largest strongly connected component when it is at most
    /// <see cref="RoadRouterOptions.SmallComponentToleranceMetres"/> farther; null when no road is within the limit.
    /// </summary>
    public RoadSnap? Snap(GeoPoint point)
    {
        var nearest = Snapper.Snap(point, Options.MaxSnapMetres);
        if (nearest is null || InLargest(nearest.Segment))
        {
            return nearest;
        }

        var main = Snapper.Snap(point, Math.Min(Options.MaxSnapMetres, nearest.DistanceMetres + Options.SmallComponentToleranceMetres), InLargest);
        return main is not null && main.DistanceMetres <= nearest.DistanceMetres + Options.SmallComponentToleranceMetres ? main : nearest;
    }

    private bool InLargest(int segment) => JunctionInLargest(Graph.SegmentFrom(segment)) && JunctionInLargest(Graph.SegmentTo(segment));

    /// <summary>A junction split for turn restrictions is in the largest component when any of its routing vertices is.</summary>
    private bool JunctionInLargest(int junction)
    {
        foreach (var v in Graph.VerticesOf(junction))
        {
            if (Components.InLargest(v))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drive times and lengths from every source to every target: one backward search per target and one forward search
    /// per source (bucket many-to-many on the hierarchy), or one Dijkstra per source without it. A point with no road
    /// within <see cref="RoadRouterOptions.MaxSnapMetres"/> reaches nothing (its snap distance is null). The same point as
    /// source and target is 0 apart, without access legs.
    /// </summary>
    public TravelMatrix Matrix(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        var sourceSnaps = sources.Select(Snap).ToArray();
        var targetSnaps = ReferenceEquals(sources, targets) ? sourceSnaps : targets.Select(Snap).ToArray();
        var from = sourceSnaps.Select(s => s is null ? null : RoadEndpoint.Create(Graph, s)).ToArray();
        var to = ReferenceEquals(sources, targets) ? from : targetSnaps.Select(s => s is null ? null : RoadEndpoint.Create(Graph, s)).ToArray();
        var sourceAccess = sourceSnaps.Select(AccessLeg).ToArray();
        var targetAccess = targetSnaps.Select(AccessLeg).ToArray();
        var seconds = new long[sources.Count * targets.Count];
        var metres = new long[seconds.Length];
        var row = new (double Seconds, double Metres)[targets.Count];
        void StoreRow(int i)
        {
            for (var j = 0; j < row.Length; j++)
            {
                var value = row[j];
                if (sources[i] == targets[j] && from[i] is not null)
                {
                    value = (0, 0);
                }
                else if (double.IsFinite(value.Seconds))
                {
                    value = (value.Seconds + sourceAccess[i].Seconds + targetAccess[j].Seconds, value.Metres + sourceAccess[i].Metres + targetAccess[j].Metres);
                }

                var finite = double.IsFinite(value.Seconds);
                seconds[i * row.Length + j] = finite ? (long)Math.Round(value.Seconds, MidpointRounding.AwayFromZero) : -1;
                metres[i * row.Length + j] = finite ? (long)Math.Round(value.Metres, MidpointRounding.AwayFromZero) : -1;
            }

            progress?.Report(i + 1);
        }

        if (_forward is not null && _backward is not null)
        {
            ChMatrix(from, to, row, StoreRow, cancellationToken);
        }
        else
        {
            DijkstraMatrix(from, to, row, StoreRow, cancellationToken);
        }

        return new TravelMatrix(
            sources.Count, targets.Count, seconds, metres,
            sourceSnaps.Select(s => s?.DistanceMetres).ToArray(), targetSnaps.Select(s => s?.DistanceMetres).ToArray());
    }

    /// <summary>The off-road leg of a point (time, length) when <see cref="RoadRouterOptions.AccessSpeedKmh"/> is set; otherwise zero.</summary>
    private (double Seconds, double Metres) AccessLeg(RoadSnap? snap) =>
        snap is null || Options.AccessSpeedKmh is not { } speed || speed <= 0
            ? (0, 0)
            : (snap.DistanceMetres / (speed / 3.6), snap.DistanceMetres);

    private void DijkstraMatrix(RoadEndpoint?[] sources, RoadEndpoint?[] targets, (double Seconds, double Metres)[] row, Action<int> storeRow, CancellationToken cancellationToken)
    {
        var targetVertices = targets.Where(e => e is not null).SelectMany(e => e!.In.Select(l => l.Vertex)).Distinct().ToArray();
        for (var i = 0; i < sources.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(row, (double.PositiveInfinity, double.PositiveInfinity));
            if (sources[i] is { } source)
            {
                _search.Run(source.Out, targetVertices, cancellationToken);
                for (var j = 0; j < targets.Length; j++)
                {
                    if (targets[j] is not { } target)
                    {
                        continue;
                    }

                    var best = RoadEndpoint.Direct(Graph, source, target) ?? (double.PositiveInfinity, double.PositiveInfinity);
                    foreach (var leg in target.In)
                    {
                        best = Min(best, (_search.Seconds(leg.Vertex) + leg.Seconds, _search.Metres(leg.Vertex) + leg.Metres));
                    }

                    row[j] = best;
                }
            }

            storeRow(i);
        }
    }

    private void ChMatrix(RoadEndpoint?[] sources, RoadEndpoint?[] targets, (double Seconds, double Metres)[] row, Action<int> storeRow, CancellationToken cancellationToken)
    {
        // Buckets: for every vertex in a target's backward search space, (target, seconds, metres) from there to the target.
        var entries = new List<(int Vertex, int Target, double Seconds, double Metres)>();
        for (var j = 0; j < targets.Length; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (targets[j] is not { } target)
            {
                continue;
            }

            _backward!.Run(target.In);
            foreach (var v in _backward.Settled)
            {
                entries.Add((v, j, _backward.Seconds(v), _backward.Metres(v)));
            }
        }

        var bucketFirst = new int[Graph.VertexCount + 1];
        foreach (var e in entries) bucketFirst[e.Vertex + 1]++;
        for (var v = 0; v < Graph.VertexCount; v++) bucketFirst[v + 1] += bucketFirst[v];
        var buckets = new (int Target, double Seconds, double Metres)[entries.Count];
        var fill = bucketFirst[..Graph.VertexCount];
        foreach (var e in entries) buckets[fill[e.Vertex]++] = (e.Target, e.Seconds, e.Metres);

        for (var i = 0; i < sources.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(row, (double.PositiveInfinity, double.PositiveInfinity));
            if (sources[i] is { } source)
            {
                for (var j = 0; j < targets.Length; j++)
                {
                    if (targets[j] is { } target && RoadEndpoint.Direct(Graph, source, target) is { } direct)
                    {
                        row[j] = direct;
                    }
                }

                _forward!.Run(source.Out);
                foreach (var v in _forward.Settled)
                {
                    var s = _forward.Seconds(v);
                    var m = _forward.Metres(v);
                    for (var b = bucketFirst[v]; b < bucketFirst[v + 1]; b++)
                    {
                        var (target, bs, bm) = buckets[b];
                        row[target] = Min(row[target], (s + bs, m + bm));
                    }
                }
            }

            storeRow(i);
        }
    }

    private static (double Seconds, double Metres) Min((double Seconds, double Metres) a, (double Seconds, double Metres) b) =>
        b.Seconds < a.Seconds || (b.Seconds == a.Seconds && b.Metres < a.Metres) ? b : a;

    /// <summary>The fastest path between two points with its geometry; null when either is off the network or no path exists.</summary>
    public RoadRoute? Route(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default)
    {
        if (Snap(from) is not { } fromSnap || Snap(to) is not { } toSnap)
        {
            return null;
        }

        var source = RoadEndpoint.Create(Graph, fromSnap);
        var target = RoadEndpoint.Create(Graph, toSnap);
        var best = RoadEndpoint.Direct(Graph, source, target) ?? (double.PositiveInfinity, double.PositiveInfinity);
        List<int>? edges = null;
        int firstVertex = -1, lastVertex = -1;
        if (_forward is not null && _backward is not null)
        {
            _forward.Run(source.Out);
            _backward.Run(target.In);
            var meet = -1;
            foreach (var v in _forward.Settled)
            {
                var candidate = (_forward.Seconds(v) + _backward.Seconds(v), _forward.Metres(v) + _backward.Metres(v));
                if (Min(best, candidate) != best)
                {
                    (best, meet) = (candidate, v);
                }
            }

            if (meet >= 0)
            {
                var (up, start) = _forward.Path(meet);
                var (down, end) = _backward.Path(meet);
                (edges, firstVertex, lastVertex) = ([.. up, .. down], start, end);
            }
        }
        else
        {
            _search.Run(source.Out, target.In.Select(l => l.Vertex), cancellationToken);
            EndpointLeg? bestLeg = null;
            foreach (var leg in target.In)
            {
                var candidate = (_search.Seconds(leg.Vertex) + leg.Seconds, _search.Metres(leg.Vertex) + leg.Metres);
                if (Min(best, candidate) != best)
                {
                    (best, bestLeg) = (candidate, leg);
                }
            }

            if (bestLeg is { } last)
            {
                edges = [];
                lastVertex = last.Vertex;
                firstVertex = lastVertex;
                for (var e = _search.ParentEdge(firstVertex); e >= 0; e = _search.ParentEdge(firstVertex))
                {
                    edges.Add(e);
                    firstVertex = Graph.EdgeSource(e);
                }

                edges.Reverse();
            }
        }

        if (!double.IsFinite(best.Seconds))
        {
            return null;
        }

        var geometry = edges is null ? DirectGeometry(fromSnap, toSnap) : PathGeometry(source, target, edges, firstVertex, lastVertex);
        return new RoadRoute(
            new Seconds((long)Math.Round(best.Seconds, MidpointRounding.AwayFromZero)),
            new Metres((long)Math.Round(best.Metres, MidpointRounding.AwayFromZero)),
            geometry, fromSnap, toSnap);
    }

    private GeoPoint[] PathGeometry(RoadEndpoint source, RoadEndpoint target, List<int> edges, int firstVertex, int lastVertex)
    {
        var points = new List<GeoPoint>();
        // Segments never start and end at the same junction, so the junction tells the direction of each partial leg.
        AppendPartial(points, source.Snap, towardsFrom: Graph.SegmentFrom(source.Snap.Segment) == Graph.JunctionOf(firstVertex), fromSnap: true);
        foreach (var e in edges)
        {
            var s = Graph.EdgeSegment(e);
            var count = Graph.SegmentPointCount(s);
            for (var i = 1; i < count; i++)
            {
                points.Add(Graph.SegmentPoint(s, Graph.EdgeIsReversed(e) ? count - 1 - i : i));
            }
        }

        AppendPartial(points, target.Snap, towardsFrom: Graph.SegmentFrom(target.Snap.Segment) == Graph.JunctionOf(lastVertex), fromSnap: false);
        return [.. points];
    }

    /// <summary>
    /// Appends the partial geometry between a snapped point and one end of its segment. For the start leg the points run
    /// from the snap to the end; for the end leg from the end to the snap (without repeating the end vertex).
    /// </summary>
    private void AppendPartial(List<GeoPoint> points, RoadSnap snap, bool towardsFrom, bool fromSnap)
    {
        var s = snap.Segment;
        var count = Graph.SegmentPointCount(s);
        var part = new List<GeoPoint> { snap.Point };
        if (towardsFrom)
        {
            for (var i = snap.Piece; i >= 0; i--) part.Add(Graph.SegmentPoint(s, i));
        }
        else
        {
            for (var i = snap.Piece + 1; i < count; i++) part.Add(Graph.SegmentPoint(s, i));
        }

        if (fromSnap)
        {
            points.AddRange(part);
        }
        else
        {
            part.Reverse();
            points.AddRange(part.Skip(1));
        }
    }

    private GeoPoint[] DirectGeometry(RoadSnap from, RoadSnap to)
    {
        var points = new List<GeoPoint> { from.Point };
        if (to.Piece > from.Piece || (to.Piece == from.Piece && to.Fraction >= from.Fraction))
        {
            for (var i = from.Piece + 1; i <= to.Piece; i++) points.Add(Graph.SegmentPoint(from.Segment, i));
        }
        else
        {
            for (var i = from.Piece; i > to.Piece; i--) points.Add(Graph.SegmentPoint(from.Segment, i));
        }

        points.Add(to.Point);
        return [.. points];
    }

}
