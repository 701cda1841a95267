namespace Logistics.Core.Geo;

/// <summary>Parses the names people write for a coordinate system in a file or an option.</summary>
public static class CoordinateSystemNames
{
    private static readonly Dictionary<string, CoordinateSystem> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wgs84"] = CoordinateSystem.Wgs84,
        ["wgs-84"] = CoordinateSystem.Wgs84,
        ["epsg:4326"] = CoordinateSystem.Wgs84,
        ["4326"] = CoordinateSystem.Wgs84,
        ["gps"] = CoordinateSystem.Wgs84,
        ["cgcs2000"] = CoordinateSystem.Cgcs2000,
        ["epsg:4490"] = CoordinateSystem.Cgcs2000,
        ["4490"] = CoordinateSystem.Cgcs2000,
        ["国家2000"] = CoordinateSystem.Cgcs2000,
        ["gcj02"] = CoordinateSystem.Gcj02,
        ["gcj-02"] = CoordinateSystem.Gcj02,
        ["gcj"] = CoordinateSystem.Gcj02,
        ["amap"] = CoordinateSystem.Gcj02,
        ["高德"] = CoordinateSystem.Gcj02,
        ["火星"] = CoordinateSystem.Gcj02,
        ["bd09"] = CoordinateSystem.Bd09,
        ["bd-09"] = CoordinateSystem.Bd09,
        ["baidu"] = CoordinateSystem.Bd09,
        ["百度"] = CoordinateSystem.Bd09,
    };

    /// <summary>The accepted spellings, for error messages.</summary>
    public static string Accepted => "WGS84, CGCS2000, GCJ02, BD09";

    public static bool TryParse(string? text, out CoordinateSystem system)
    {
        system = CoordinateSystem.Wgs84;
        return text is not null && Names.TryGetValue(text.Trim(), out system);
    }

    public static string ToName(CoordinateSystem system) => system switch
    {
        CoordinateSystem.Wgs84 => "WGS84",
        CoordinateSystem.Cgcs2000 => "CGCS2000",
        CoordinateSystem.Gcj02 => "GCJ02",
        CoordinateSystem.Bd09 => "BD09",
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, null),
    };
}
