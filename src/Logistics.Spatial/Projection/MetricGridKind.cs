namespace Logistics.Spatial.Projection;

/// <summary>The families of metric (projected) coordinate systems the project uses for distances and areas.</summary>
public enum MetricGridKind
{
    /// <summary>
    /// CGCS2000 3-degree Gauss–Krüger, "CM" form (EPSG:4534–4554, e.g. EPSG:4545 = CM 108°E): transverse Mercator,
    /// scale 1 on the central meridian, false easting 500 000 m with no zone number in front. The default.
    /// </summary>
    GaussKruger3,

    /// <summary>
    /// CGCS2000 3-degree Gauss–Krüger, "zone" form (EPSG:4513–4533, e.g. EPSG:4524 = zone 36 = 108°E): as
    /// <see cref="GaussKruger3"/> but the easting carries the zone number in front, i.e. false easting
    /// zone × 1 000 000 + 500 000 m (36 500 000 m for zone 36). Chinese survey sheets often give eastings this way.
    /// </summary>
    GaussKruger3ZonePrefixed,

    /// <summary>WGS84 UTM, northern hemisphere (EPSG:32601–32660): 6-degree zones, scale 0.9996, false easting 500 000 m.</summary>
    Utm,
}
