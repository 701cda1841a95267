using Logistics.Core.Geo;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>Where a point meets the road graph: the nearest point on a segment.</summary>
/// <param name="Segment">The segment snapped to.</param>
/// <param name="Piece">The straight piece of the segment's geometry holding the point (0 = between its points 0 and 1).</param>
/// <param name="Fraction">Position along the segment by length, 0 = its from-vertex, 1 = its to-vertex.</param>
/// <param name="Point">The snapped point on the segment's geometry.</param>
/// <param name="DistanceMetres">Great-circle distance from the original point to <paramref name="Point"/>.</param>
public sealed record RoadSnap(int Segment, int Piece, double Fraction, GeoPoint Point, double DistanceMetres);
