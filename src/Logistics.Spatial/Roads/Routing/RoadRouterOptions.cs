namespace Logistics.Spatial.Roads.Routing;

/// <summary>Snapping limits for <see cref="RoadRouter"/>.</summary>
/// <param name="SnapWarningMetres">A site farther than this from its road gets a <c>roads.snap-far</c> warning.</param>
/// <param name="MaxSnapMetres">A site with no road within this distance is off the network (<c>roads.no-road</c>).</param>
public sealed record RoadRouterOptions(double SnapWarningMetres = 2_000, double MaxSnapMetres = 50_000)
{
    public static RoadRouterOptions Default { get; } = new();
}
