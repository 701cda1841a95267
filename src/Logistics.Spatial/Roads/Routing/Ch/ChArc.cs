namespace Logistics.Spatial.Roads.Routing.Ch;

/// <summary>
/// An arc of a contraction hierarchy: an original road-graph edge (<see cref="OriginalEdge"/> ≥ 0) or a shortcut
/// through <see cref="Middle"/> (the lower-ranked vertex it bypasses).
/// </summary>
internal readonly record struct ChArc(int Other, int Seconds, int Metres, int Middle, int OriginalEdge);
