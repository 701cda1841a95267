namespace Logistics.Core.Geo;

/// <summary>The coordinate systems an input file may use. Everything is stored as WGS84.</summary>
public enum CoordinateSystem
{
    /// <summary>WGS84 (EPSG:4326): GPS, OpenStreetMap, 天地图.</summary>
    Wgs84,

    /// <summary>CGCS2000 (EPSG:4490): China's national frame, treated as WGS84 at county scale.</summary>
    Cgcs2000,

    /// <summary>GCJ-02 (国测局 "Mars" coordinates): 高德 Amap, Tencent, most Chinese web data.</summary>
    Gcj02,

    /// <summary>BD-09: Baidu maps.</summary>
    Bd09,
}
