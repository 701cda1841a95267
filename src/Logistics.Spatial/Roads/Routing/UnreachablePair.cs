using Logistics.Core.Ids;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>An ordered pair of sites with no drivable path from <paramref name="From"/> to <paramref name="To"/>.</summary>
public readonly record struct UnreachablePair(SiteId From, SiteId To);
