using Logistics.Core.Geo;

namespace Logistics.Spatial.Geodesy;

/// <summary>
/// Conversions between WGS84 and the Chinese obfuscated datums GCJ-02 (国测局坐标, used by 高德 Amap and Tencent) and
/// BD-09 (Baidu). WGS84 → GCJ-02 is the public form of the GCJ-02 offset (accurate to a few metres against
/// the official one); GCJ-02 → WGS84 inverts it by fixed-point iteration to below 1e-9°. Outside China's rough
/// rectangle the GCJ-02 offset is zero, as in the apps. CGCS2000 is treated as WGS84 (see <see cref="GeoPoint"/>).
/// </summary>
/// <remarks>
/// Checked against published values (tests in Geodesy/ChinaDatumsTests): the formula reproduces other open
/// implementations to 1e-9°, and Amap's own convert API to 0.66 m. BD-09 is Baidu's closed-form formula on top of
/// GCJ-02; BD-09 → GCJ-02 is its customary approximate inverse (round trip 0.12 m in Chongqing). Published BD-09/WGS84
/// pairs that look like answers of Baidu's service differ from the formula by 10–41 m: expect that much error on
/// data digitised on Baidu maps. For whole geometries see <see cref="GeometryDatums"/>.
/// </remarks>
public static class ChinaDatums
{
    private const double Axis = 6378245.0; // Krasovsky 1940 semi-major axis used by the GCJ-02 formula
    private const double Ee = 0.00669342162296594323; // its first eccentricity squared
    private const double XPi = Math.PI * 3000.0 / 180.0;

    /// <summary>Whether the GCJ-02 offset applies at a point (the rectangle the public formula uses).</summary>
    public static bool OffsetApplies(GeoPoint p) => p.Lon >= 72.004 && p.Lon <= 137.8347 && p.Lat >= 0.8293 && p.Lat <= 55.8271;

    public static GeoPoint Wgs84ToGcj02(GeoPoint wgs)
    {
        if (!OffsetApplies(wgs))
        {
            return wgs;
        }

        var (dLon, dLat) = Offset(wgs.Lon, wgs.Lat);
        return new GeoPoint(wgs.Lon + dLon, wgs.Lat + dLat);
    }

    public static GeoPoint Gcj02ToWgs84(GeoPoint gcj)
    {
        if (!OffsetApplies(gcj))
        {
            return gcj;
        }

        // Fixed point: find w with w + offset(w) = gcj. The offset changes slowly, so this converges fast.
        var lon = gcj.Lon;
        var lat = gcj.Lat;
        for (var i = 0; i < 30; i++)
        {
            var (dLon, dLat) = Offset(lon, lat);
            var nextLon = gcj.Lon - dLon;
            var nextLat = gcj.Lat - dLat;
            var done = Math.Abs(nextLon - lon) < 1e-12 && Math.Abs(nextLat - lat) < 1e-12;
            lon = nextLon;
            lat = nextLat;
            if (done)
            {
                break;
            }
        }

        return new GeoPoint(lon, lat);
    }

    public static GeoPoint Gcj02ToBd09(GeoPoint gcj)
    {
        var x = gcj.Lon;
        var y = gcj.Lat;
        var z = Math.Sqrt(x * x + y * y) + 0.00002 * Math.Sin(y * XPi);
        var theta = Math.Atan2(y, x) + 0.000003 * Math.Cos(x * XPi);
        return new GeoPoint(z * Math.Cos(theta) + 0.0065, z * Math.Sin(theta) + 0.006);
    }

    public static GeoPoint Bd09ToGcj02(GeoPoint bd)
    {
        var x = bd.Lon - 0.0065;
        var y = bd.Lat - 0.006;
        var z = Math.Sqrt(x * x + y * y) - 0.00002 * Math.Sin(y * XPi);
        var theta = Math.Atan2(y, x) - 0.000003 * Math.Cos(x * XPi);
        return new GeoPoint(z * Math.Cos(theta), z * Math.Sin(theta));
    }

    public static GeoPoint Wgs84ToBd09(GeoPoint wgs) => Gcj02ToBd09(Wgs84ToGcj02(wgs));

    public static GeoPoint Bd09ToWgs84(GeoPoint bd) => Gcj02ToWgs84(Bd09ToGcj02(bd));

    /// <summary>Converts a point given in <paramref name="from"/> to WGS84.</summary>
    public static GeoPoint ToWgs84(GeoPoint p, CoordinateSystem from) => from switch
    {
        CoordinateSystem.Wgs84 or CoordinateSystem.Cgcs2000 => p,
        CoordinateSystem.Gcj02 => Gcj02ToWgs84(p),
        CoordinateSystem.Bd09 => Bd09ToWgs84(p),
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    /// <summary>Converts a WGS84 point to <paramref name="to"/>.</summary>
    public static GeoPoint FromWgs84(GeoPoint p, CoordinateSystem to) => to switch
    {
        CoordinateSystem.Wgs84 or CoordinateSystem.Cgcs2000 => p,
        CoordinateSystem.Gcj02 => Wgs84ToGcj02(p),
        CoordinateSystem.Bd09 => Wgs84ToBd09(p),
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, null),
    };

    private static (double DLon, double DLat) Offset(double lon, double lat)
    {
        var dLat = TransformLat(lon - 105.0, lat - 35.0);
        var dLon = TransformLon(lon - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - Ee * magic * magic;
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (Axis * (1 - Ee) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (Axis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLon, dLat);
    }

    private static double TransformLat(double x, double y)
    {
        var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double TransformLon(double x, double y)
    {
        var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
