namespace Logistics.Core.Geo;

/// <summary>
/// A WGS84 longitude/latitude in degrees. CGCS2000 is treated as identical to WGS84: the two frames differ by
/// a few centimetres, far below anything a county freight plan can see. GCJ-02 and BD-09 points are converted
/// to this at the boundary (see Logistics.Spatial.Geodesy) and never stored.
/// </summary>
public readonly record struct GeoPoint(double Lon, double Lat)
{
    public bool IsFinite => double.IsFinite(Lon) && double.IsFinite(Lat);

    public bool IsValidWgs84 => IsFinite && Lon >= -180 && Lon <= 180 && Lat >= -90 && Lat <= 90;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({Lon:F6}, {Lat:F6})");
}
