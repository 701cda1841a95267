using Logistics.Core.Geo;

namespace Logistics.Spatial.Geodesy;

/// <summary>
/// The rough rectangle around mainland China, Hainan and Taiwan used to reject coordinates that cannot be a
/// Chinese county (swapped lon/lat, a missing minus, a projected value in a degree column).
/// It is also the area in which the GCJ-02 offset applies.
/// </summary>
public static class ChinaExtent
{
    public const double MinLon = 73.4;
    public const double MaxLon = 135.1;
    public const double MinLat = 18.1;
    public const double MaxLat = 53.6;

    public static bool Contains(GeoPoint p) =>
        p.IsFinite && p.Lon >= MinLon && p.Lon <= MaxLon && p.Lat >= MinLat && p.Lat <= MaxLat;
}
