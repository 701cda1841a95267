using Logistics.Core.Geo;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Logistics.Spatial.Geodesy;

/// <summary>
/// The project's NetTopologySuite setup, built once and passed to whatever creates geometries (GeoJSON reader,
/// projections, placement): double-precision floating coordinates, and WGS84 longitude/latitude (SRID 4326) as the
/// default spatial reference. It is used instead of NTS's process-wide <c>NtsGeometryServices.Instance</c>, so that
/// no code depends on global mutable settings. Thread-safe.
/// </summary>
/// <remarks>
/// It lives in <c>Geodesy</c> on purpose: a namespace <c>Logistics.Spatial.Geometry</c> would hide NTS's
/// <see cref="Geometry"/> type from every file in <c>Logistics.Spatial.*</c>.
/// </remarks>
public sealed class GeometryServices
{
    /// <summary>EPSG code of WGS84 longitude/latitude, the SRID of every geographic geometry in the project.</summary>
    public const int Wgs84Srid = 4326;

    public GeometryServices()
    {
        Nts = new NtsGeometryServices(CoordinateArraySequenceFactory.Instance, new PrecisionModel(PrecisionModels.Floating), Wgs84Srid);
        Wgs84 = Nts.CreateGeometryFactory(Wgs84Srid);
    }

    /// <summary>The underlying NTS services (floating precision, default SRID 4326).</summary>
    public NtsGeometryServices Nts { get; }

    /// <summary>The factory for WGS84 longitude/latitude geometries (X = longitude, Y = latitude, SRID 4326).</summary>
    public GeometryFactory Wgs84 { get; }

    /// <summary>A factory with the same precision for another spatial reference, e.g. a projected EPSG code.</summary>
    public GeometryFactory ForSrid(int srid) => srid == Wgs84Srid ? Wgs84 : Nts.CreateGeometryFactory(srid);

    /// <summary>A WGS84 point geometry for a <see cref="GeoPoint"/>.</summary>
    public Point CreatePoint(GeoPoint p) => Wgs84.CreatePoint(new Coordinate(p.Lon, p.Lat));

    /// <summary>The <see cref="GeoPoint"/> of a WGS84 coordinate (X = longitude, Y = latitude).</summary>
    public static GeoPoint ToGeoPoint(Coordinate c) => new(c.X, c.Y);
}
