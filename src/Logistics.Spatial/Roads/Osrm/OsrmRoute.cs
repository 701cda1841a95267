using Logistics.Core.Geo;
using Logistics.Core.Units;

namespace Logistics.Spatial.Roads.Osrm;

/// <summary>One OSRM route: drive time, length and the full line (WGS84) for drawing.</summary>
public sealed record OsrmRoute(Seconds Duration, Metres Length, IReadOnlyList<GeoPoint> Geometry);
