using Logistics.Core.Geo;
using Logistics.Core.Units;

namespace Logistics.Spatial.Travel;

/// <summary>
/// One drive between two points: time, length and the line to draw (WGS84, from the start to the end; for a road
/// provider from the snapped start to the snapped end, along the roads; for the straight line, the two points).
/// </summary>
public sealed record TravelPath(Seconds Duration, Metres Distance, IReadOnlyList<GeoPoint> Geometry);
