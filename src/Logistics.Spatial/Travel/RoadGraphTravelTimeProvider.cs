using System.Collections.Concurrent;
using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;

namespace Logistics.Spatial.Travel;

/// <summary>
/// Drive times on the built-in OSM road graph (<c>roads build</c>): points are snapped to the nearest drivable segment
/// (preferring the main connected network), matrices come from the contraction hierarchy's bucket many-to-many query
/// (plain Dijkstra when the graph has none), paths are unpacked to their road geometry. Thread-safe: the graph, the
/// hierarchy and the snapping index are shared; each call borrows a <see cref="RoadRouter"/> (search arrays) from a
/// pool. Turn restrictions (OSM <c>restriction</c> relations with a via node) are honoured through the graph's split
/// junctions (see <see cref="RoadGraph"/>); via-way restrictions are not.
/// </summary>
public sealed class RoadGraphTravelTimeProvider : ITravelTimeProvider
{
    private readonly ConcurrentBag<RoadRouter> _routers = [];
    private readonly RoadRouter _first;

    public RoadGraphTravelTimeProvider(RoadGraph graph, ContractionHierarchy? hierarchy = null, RoadRouterOptions? options = null)
    {
        _first = new RoadRouter(graph, hierarchy, options);
        _routers.Add(_first);
    }

    /// <summary>Loads a graph file written by <c>roads build</c> (<see cref="RoadGraphFile"/>).</summary>
    /// <exception cref="Core.Errors.DataValidationException">Not a graph file, another format version, or damaged.</exception>
    public static RoadGraphTravelTimeProvider Load(string path, RoadRouterOptions? options = null)
    {
        var (graph, hierarchy) = RoadGraphFile.Load(path);
        return new RoadGraphTravelTimeProvider(graph, hierarchy, options);
    }

    public RoadGraph Graph => _first.Graph;

    public ContractionHierarchy? Hierarchy => _first.Hierarchy;

    public RoadRouterOptions Options => _first.Options;

    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"OSM 路网 road graph ({Graph.VertexCount:N0} vertices, {Graph.EdgeCount:N0} edges, {(Hierarchy is null ? "Dijkstra" : "contraction hierarchy")}{(Options.AccessSpeedKmh is { } a ? $", access legs at {a:0.#} km/h" : string.Empty)})");

    public bool FollowsRoads => true;

    public TravelMatrix Matrix(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, CancellationToken cancellationToken = default) =>
        WithRouter(r => r.Matrix(sources, targets, null, cancellationToken));

    public TravelPath? Path(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default) =>
        WithRouter(r => r.Route(from, to, cancellationToken) is { } route ? new TravelPath(route.Duration, route.Length, route.Geometry) : null);

    /// <summary>Where a point meets the road network (see <see cref="RoadRouter.Snap"/>); null when no road is within the limit.</summary>
    public RoadSnap? Snap(GeoPoint point) => _first.Snap(point); // snapping only reads shared, immutable state

    private T WithRouter<T>(Func<RoadRouter, T> query)
    {
        if (!_routers.TryTake(out var router))
        {
            router = new RoadRouter(_first.Graph, _first.Hierarchy, _first.Options, _first.Snapper, _first.Components);
        }

        try
        {
            return query(router);
        }
        finally
        {
            _routers.Add(router);
        }
    }

    public override string ToString() => Description;
}
