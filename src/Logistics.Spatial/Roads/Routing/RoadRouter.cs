using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>
/// Travel times on a <see cref="RoadGraph"/>: snaps sites to the nearest segment and runs one Dijkstra search per
/// source, stopped as soon as every target's vertices are settled. A point's start/end leg is the partial segment
/// to the vertex ends it may drive to (respecting oneway); two points on the same segment may also drive directly.
/// Not thread-safe (the search arrays are reused); create one per thread.
/// </summary>
public sealed class RoadRouter
{
    private readonly DijkstraSearch _search;

    public RoadRouter(RoadGraph graph, RoadRouterOptions? options = null)
    {
        Graph = graph ?? throw new ArgumentNullException(nameof(graph));
        Options = options ?? RoadRouterOptions.Default;
        Snapper = new RoadSnapper(graph);
        _search = new DijkstraSearch(graph);
    }

    public RoadGraph Graph { get; }

    public RoadRouterOptions Options { get; }

    public RoadSnapper Snapper { get; }

    /// <summary>All-pairs drive times and lengths between <paramref name="sites"/> (n searches).</summary>
    public TravelTimeMatrix Matrix(IReadOnlyList<RoadSite> sites, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var n = sites.Count;
        var warnings = new List<DataError>();
        var snaps = new RoadSnap?[n];
        var endpoints = new RoadEndpoint?[n];
        for (var i = 0; i < n; i++)
        {
            snaps[i] = SnapWithWarnings(sites[i], warnings);
            endpoints[i] = snaps[i] is { } snap ? RoadEndpoint.Create(Graph, snap) : null;
        }

        var targetVertices = endpoints.Where(e => e is not null).SelectMany(e => e!.In.Select(l => l.Vertex)).Distinct().ToArray();
        var seconds = new long[n * n];
        var metres = new long[n * n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = endpoints[i];
            if (source is not null)
            {
                _search.Run(source.Out, targetVertices, cancellationToken);
            }

            for (var j = 0; j < n; j++)
            {
                var target = endpoints[j];
                var (s, m) = source is null || target is null ? (double.PositiveInfinity, double.PositiveInfinity) : Best(source, target);
                seconds[i * n + j] = double.IsFinite(s) ? (long)Math.Round(s, MidpointRounding.AwayFromZero) : -1;
                metres[i * n + j] = double.IsFinite(s) ? (long)Math.Round(m, MidpointRounding.AwayFromZero) : -1;
            }

            progress?.Report(i + 1);
        }

        var unreachable = new List<UnreachablePair>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (seconds[i * n + j] < 0)
                {
                    unreachable.Add(new UnreachablePair(sites[i].Id, sites[j].Id));
                }
            }
        }

        AddUnreachableWarnings(sites, seconds, warnings);
        return new TravelTimeMatrix(sites, snaps, seconds, metres, unreachable, warnings);
    }

    /// <summary>The fastest path between two points with its geometry; null when either is off the network or no path exists.</summary>
    public RoadRoute? Route(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default)
    {
        if (Snapper.Snap(from, Options.MaxSnapMetres) is not { } fromSnap || Snapper.Snap(to, Options.MaxSnapMetres) is not { } toSnap)
        {
            return null;
        }

        var source = RoadEndpoint.Create(Graph, fromSnap);
        var target = RoadEndpoint.Create(Graph, toSnap);
        _search.Run(source.Out, target.In.Select(l => l.Vertex), cancellationToken);
        var direct = RoadEndpoint.Direct(Graph, source, target);
        EndpointLeg? bestLeg = null;
        var bestSeconds = direct?.Seconds ?? double.PositiveInfinity;
        var bestMetres = direct?.Metres ?? double.PositiveInfinity;
        foreach (var leg in target.In)
        {
            var s = _search.Seconds(leg.Vertex) + leg.Seconds;
            var m = _search.Metres(leg.Vertex) + leg.Metres;
            if (s < bestSeconds || (s == bestSeconds && m < bestMetres))
            {
                (bestSeconds, bestMetres, bestLeg) = (s, m, leg);
            }
        }

        if (!double.IsFinite(bestSeconds))
        {
            return null;
        }

        var geometry = bestLeg is { } last ? PathGeometry(source, target, last.Vertex) : DirectGeometry(fromSnap, toSnap);
        return new RoadRoute(
            new Seconds((long)Math.Round(bestSeconds, MidpointRounding.AwayFromZero)),
            new Metres((long)Math.Round(bestMetres, MidpointRounding.AwayFromZero)),
            geometry, fromSnap, toSnap);
    }

    private (double Seconds, double Metres) Best(RoadEndpoint source, RoadEndpoint target)
    {
        var (bestSeconds, bestMetres) = RoadEndpoint.Direct(Graph, source, target) ?? (double.PositiveInfinity, double.PositiveInfinity);
        foreach (var leg in target.In)
        {
            var s = _search.Seconds(leg.Vertex) + leg.Seconds;
            var m = _search.Metres(leg.Vertex) + leg.Metres;
            if (s < bestSeconds || (s == bestSeconds && m < bestMetres))
            {
                (bestSeconds, bestMetres) = (s, m);
            }
        }

        return (bestSeconds, bestMetres);
    }

    private GeoPoint[] PathGeometry(RoadEndpoint source, RoadEndpoint target, int lastVertex)
    {
        var edges = new List<int>();
        var firstVertex = lastVertex;
        for (var e = _search.ParentEdge(firstVertex); e >= 0; e = _search.ParentEdge(firstVertex))
        {
            edges.Add(e);
            firstVertex = EdgeSource(e);
        }

        edges.Reverse();
        var points = new List<GeoPoint>();
        // Segments never start and end at the same vertex, so the vertex tells the direction of each partial leg.
        AppendPartial(points, source.Snap, towardsFrom: Graph.SegmentFrom(source.Snap.Segment) == firstVertex, fromSnap: true);
        foreach (var e in edges)
        {
            var s = Graph.EdgeSegment(e);
            var count = Graph.SegmentPointCount(s);
            for (var i = 1; i < count; i++)
            {
                points.Add(Graph.SegmentPoint(s, Graph.EdgeIsReversed(e) ? count - 1 - i : i));
            }
        }

        AppendPartial(points, target.Snap, towardsFrom: Graph.SegmentFrom(target.Snap.Segment) == lastVertex, fromSnap: false);
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

    private int EdgeSource(int edge)
    {
        var s = Graph.EdgeSegment(edge);
        return Graph.EdgeIsReversed(edge) ? Graph.SegmentTo(s) : Graph.SegmentFrom(s);
    }

    private RoadSnap? SnapWithWarnings(RoadSite site, List<DataError> warnings)
    {
        var snap = Snapper.Snap(site.Location, Options.MaxSnapMetres);
        if (snap is null)
        {
            warnings.Add(new DataError(
                "roads.no-road",
                string.Create(CultureInfo.InvariantCulture, $"No drivable road within {Options.MaxSnapMetres / 1000:0.#} km of {site.Location}; the site is unreachable."),
                Entity: site.Id.Value, Severity: DataErrorSeverity.Warning));
        }
        else if (snap.DistanceMetres > Options.SnapWarningMetres)
        {
            warnings.Add(new DataError(
                "roads.snap-far",
                string.Create(CultureInfo.InvariantCulture, $"The nearest drivable road is {snap.DistanceMetres:0} m away (more than {Options.SnapWarningMetres:0} m); check the coordinates (GCJ-02 instead of WGS84?) or the road data."),
                Entity: site.Id.Value, Value: string.Create(CultureInfo.InvariantCulture, $"{snap.DistanceMetres:0}"), Severity: DataErrorSeverity.Warning));
        }

        return snap;
    }

    private static void AddUnreachableWarnings(IReadOnlyList<RoadSite> sites, long[] seconds, List<DataError> warnings)
    {
        var n = sites.Count;
        for (var i = 0; i < n; i++)
        {
            var cannotReach = Enumerable.Range(0, n).Where(j => seconds[i * n + j] < 0).Select(j => sites[j].Id.Value).ToList();
            var cannotBeReachedFrom = Enumerable.Range(0, n).Where(j => seconds[j * n + i] < 0).Select(j => sites[j].Id.Value).ToList();
            if (cannotReach.Count == 0 && cannotBeReachedFrom.Count == 0)
            {
                continue;
            }

            warnings.Add(new DataError(
                "roads.unreachable",
                $"No drivable path to {cannotReach.Count} of {n} sites ({Sample(cannotReach)}) and from {cannotBeReachedFrom.Count} of {n} sites ({Sample(cannotBeReachedFrom)}); the road data may be disconnected here or the site snapped to an isolated road.",
                Entity: sites[i].Id.Value, Severity: DataErrorSeverity.Warning));
        }
    }

    private static string Sample(List<string> ids) =>
        ids.Count == 0 ? "none" : string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? ", …" : string.Empty);
}
