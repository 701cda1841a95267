namespace Logistics.Spatial.Roads.Routing;

/// <summary>Snapping limits for <see cref="RoadRouter"/>.</summary>
/// <param name="MaxSnapMetres">A point with no road within this distance is off the network: it reaches nothing.</param>
/// <param name="SmallComponentToleranceMetres">
/// A point is snapped to the largest strongly connected part of the network unless that is more than this much farther
/// than the nearest road of any part (then it keeps the nearest road and may be reported unreachable).
/// </param>
/// <param name="AccessSpeedKmh">
/// When set, the straight leg between each point and its snapped road point is added to matrix times and lengths at
/// this speed (unmapped yard or lane access); when null (default) matrix values run from snapped point to snapped point.
/// </param>
public sealed record RoadRouterOptions(
    double MaxSnapMetres = 50_000,
    double SmallComponentToleranceMetres = 1_000,
    double? AccessSpeedKmh = null)
{
    public static RoadRouterOptions Default { get; } = new();
}
