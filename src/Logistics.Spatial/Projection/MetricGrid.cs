using System.Globalization;

namespace Logistics.Spatial.Projection;

/// <summary>
/// One metric grid: a transverse Mercator zone with its EPSG code. Build it with <see cref="GaussKruger3"/>,
/// <see cref="Utm"/> or <see cref="ForLongitude"/>, or let <see cref="ProjectionFactory.Choose(MetricGridKind, IEnumerable{Logistics.Core.Geo.GeoPoint})"/>
/// pick the zone for a set of points.
/// </summary>
/// <remarks>
/// Scale error: a transverse Mercator grid is exact on its central meridian and stretches distances by about
/// (Δλ·cos φ)²/2 away from it: 0.26 m per km at 1.5° off at 30°N (the edge of a 3-degree zone), 0.7 m per km for all
/// of Chongqing (105.2–110.2°E) in one 3-degree grid at 108°E, and −0.4 to +0.6 m per km across a UTM zone.
/// </remarks>
public sealed record MetricGrid
{
    /// <summary>Lowest and highest central meridians of the CGCS2000 3-degree zones that have EPSG codes (China).</summary>
    public const int MinGaussKrugerCentralMeridian = 75;

    /// <inheritdoc cref="MinGaussKrugerCentralMeridian"/>
    public const int MaxGaussKrugerCentralMeridian = 135;

    private MetricGrid(MetricGridKind kind, int zone, int centralMeridian, double scaleFactor, double falseEasting, int srid, string name)
    {
        Kind = kind;
        Zone = zone;
        CentralMeridian = centralMeridian;
        ScaleFactor = scaleFactor;
        FalseEasting = falseEasting;
        Srid = srid;
        Name = name;
    }

    public MetricGridKind Kind { get; }

    /// <summary>The zone number: central meridian / 3 for 3-degree Gauss–Krüger (36 for 108°E), 1–60 for UTM (48 for 102–108°E).</summary>
    public int Zone { get; }

    /// <summary>Central meridian, degrees east.</summary>
    public int CentralMeridian { get; }

    /// <summary>Scale factor on the central meridian: 1 for Gauss–Krüger, 0.9996 for UTM.</summary>
    public double ScaleFactor { get; }

    /// <summary>False easting, metres: 500 000, or zone × 1 000 000 + 500 000 for the zone-prefixed form.</summary>
    public double FalseEasting { get; }

    /// <summary>False northing, metres (0: northern hemisphere grids only).</summary>
    public double FalseNorthing => 0.0;

    /// <summary>The EPSG code, also used as the SRID of projected NTS geometries.</summary>
    public int Srid { get; }

    /// <summary>The EPSG name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 108E".</summary>
    public string Name { get; }

    /// <summary>A CGCS2000 3-degree Gauss–Krüger grid (central meridian a multiple of 3 from 75 to 135°E).</summary>
    public static MetricGrid GaussKruger3(int centralMeridian, bool zonePrefixed = false)
    {
        if (centralMeridian % 3 != 0 || centralMeridian < MinGaussKrugerCentralMeridian || centralMeridian > MaxGaussKrugerCentralMeridian)
        {
            throw new ArgumentOutOfRangeException(
                nameof(centralMeridian),
                centralMeridian,
                "a CGCS2000 3-degree Gauss-Kruger central meridian is a multiple of 3 from 75 to 135 (China)");
        }

        var zone = centralMeridian / 3;
        return zonePrefixed
            ? new MetricGrid(
                MetricGridKind.GaussKruger3ZonePrefixed, zone, centralMeridian, 1.0, (zone * 1_000_000.0) + 500_000.0,
                4513 + (zone - 25), string.Create(CultureInfo.InvariantCulture, $"CGCS2000 / 3-degree Gauss-Kruger zone {zone}"))
            : new MetricGrid(
                MetricGridKind.GaussKruger3, zone, centralMeridian, 1.0, 500_000.0,
                4534 + ((centralMeridian - MinGaussKrugerCentralMeridian) / 3),
                string.Create(CultureInfo.InvariantCulture, $"CGCS2000 / 3-degree Gauss-Kruger CM {centralMeridian}E"));
    }

    /// <summary>A WGS84 UTM zone, northern hemisphere (EPSG:326zz).</summary>
    public static MetricGrid Utm(int zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zone, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zone, 60);
        return new MetricGrid(
            MetricGridKind.Utm, zone, (zone * 6) - 183, 0.9996, 500_000.0, 32600 + zone,
            string.Create(CultureInfo.InvariantCulture, $"WGS 84 / UTM zone {zone}N"));
    }

    /// <summary>
    /// The grid whose zone holds <paramref name="longitude"/>: for 3-degree Gauss–Krüger the central meridian
    /// 3 × round(lon / 3) (so 105°E for 103.5–106.5°E, 108°E for 106.5–109.5°E, 111°E for 109.5–112.5°E; a longitude
    /// exactly on a boundary goes east); for UTM zone ⌊(lon + 180) / 6⌋ + 1 (48 for 102–108°E, 49 for 108–114°E).
    /// </summary>
    public static MetricGrid ForLongitude(MetricGridKind kind, double longitude)
    {
        if (!double.IsFinite(longitude) || longitude < -180 || longitude > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "not a longitude in degrees");
        }

        return kind switch
        {
            MetricGridKind.GaussKruger3 => GaussKruger3(GaussKrugerCentralMeridian(longitude)),
            MetricGridKind.GaussKruger3ZonePrefixed => GaussKruger3(GaussKrugerCentralMeridian(longitude), zonePrefixed: true),
            MetricGridKind.Utm => Utm(Math.Min(60, (int)Math.Floor((longitude + 180.0) / 6.0) + 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static int GaussKrugerCentralMeridian(double longitude) => 3 * (int)Math.Floor((longitude / 3.0) + 0.5);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"EPSG:{Srid} {Name}");
}
