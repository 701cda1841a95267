using Logistics.Core.Geo;

namespace Logistics.Spatial.Geodesy;

/// <summary>Great-circle (haversine) distance on a sphere of the WGS84 mean radius.</summary>
public static class GreatCircle
{
    /// <summary>IUGG mean Earth radius R1 = (2a + b) / 3 for WGS84, metres.</summary>
    public const double MeanEarthRadiusMetres = 6_371_008.8;

    public static double DistanceMetres(GeoPoint a, GeoPoint b)
    {
        var lat1 = DegreesToRadians(a.Lat);
        var lat2 = DegreesToRadians(b.Lat);
        var dLat = lat2 - lat1;
        var dLon = DegreesToRadians(b.Lon - a.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * MeanEarthRadiusMetres * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    public static double DistanceKm(GeoPoint a, GeoPoint b) => DistanceMetres(a, b) / 1000.0;

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180.0;
}
