namespace Logistics.Spatial.Roads.Routing;

/// <summary>The partial-segment leg between a snapped point and a graph vertex.</summary>
internal readonly record struct EndpointLeg(int Vertex, double Seconds, double Metres);
