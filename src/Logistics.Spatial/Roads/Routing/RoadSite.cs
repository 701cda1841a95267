using Logistics.Core.Geo;
using Logistics.Core.Ids;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>A site to route between: its id and its WGS84 position (convert GCJ-02/BD-09 first).</summary>
public sealed record RoadSite(SiteId Id, GeoPoint Location);
