using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>One fastest path between two snapped points, with its line for drawing (snapped point to snapped point).</summary>
public sealed record RoadRoute(Seconds Duration, Metres Length, IReadOnlyList<GeoPoint> Geometry, RoadSnap From, RoadSnap To);
