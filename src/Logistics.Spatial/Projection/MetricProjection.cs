using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace Logistics.Spatial.Projection;

/// <summary>
/// Projects WGS84 longitude/latitude to one <see cref="MetricGrid"/> and back, for points and for NTS geometries.
/// Made by <see cref="ProjectionFactory"/>; immutable and safe to use from several threads (the ProjNET
/// transforms hold only read-only ellipsoid constants).
/// </summary>
/// <remarks>
/// CGCS2000 and WGS84 are treated as the same frame (they differ by centimetres, see <see cref="GeoPoint"/>), so no
/// datum shift is applied; the Gauss–Krüger grids use the CGCS2000 ellipsoid and UTM the WGS84 one, as EPSG defines
/// them. ProjNET's transverse Mercator is Snyder's series; over Chongqing's latitudes it agrees with Krüger's series to
/// 0.0001 mm within a 3-degree zone, 0.003 mm 2.8° off the central meridian and 0.004 mm at a UTM zone's edge, and
/// project → unproject returns to the same point within 0.0002 mm (3-degree zone) and 0.006 mm (UTM zone).
/// The series are meant for points within a few degrees of the central meridian: choose the zone from the data.
/// </remarks>
public sealed class MetricProjection
{
    private readonly MathTransform _forward;
    private readonly MathTransform _inverse;
    private readonly GeometryFactory _wgs84;

    internal MetricProjection(MetricGrid grid, string wkt, MathTransform forward, GeometryFactory wgs84, GeometryFactory projected)
    {
        Grid = grid;
        Wkt = wkt;
        _forward = forward;
        _inverse = forward.Inverse();
        _wgs84 = wgs84;
        Factory = projected;
    }

    public MetricGrid Grid { get; }

    /// <summary>The grid's coordinate system as OGC WKT 1 (for a .prj file next to an exported shapefile).</summary>
    public string Wkt { get; }

    /// <summary>The geometry factory of projected geometries: SRID = <see cref="MetricGrid.Srid"/>.</summary>
    public GeometryFactory Factory { get; }

    /// <summary>Easting and northing in metres of a WGS84 point.</summary>
    public ProjectedPoint Project(GeoPoint point)
    {
        if (!point.IsValidWgs84)
        {
            throw new ArgumentOutOfRangeException(nameof(point), point, "not a WGS84 longitude/latitude");
        }

        var (x, y) = _forward.Transform(point.Lon, point.Lat);
        return new ProjectedPoint(x, y);
    }

    /// <summary>The WGS84 point of an easting and northing in metres.</summary>
    public GeoPoint Unproject(ProjectedPoint point)
    {
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
        {
            throw new ArgumentOutOfRangeException(nameof(point), point, "not a finite grid position");
        }

        var (lon, lat) = _inverse.Transform(point.X, point.Y);
        return new GeoPoint(lon, lat);
    }

    /// <summary>
    /// A copy of a WGS84 geometry (SRID 4326, or 0 taken as 4326) in this grid, with SRID <see cref="MetricGrid.Srid"/>.
    /// Z values are kept.
    /// </summary>
    public Geometry Project(Geometry wgs84Geometry)
    {
        ArgumentNullException.ThrowIfNull(wgs84Geometry);
        if (wgs84Geometry.SRID is not (0 or GeometryServices.Wgs84Srid))
        {
            throw new ArgumentException(
                $"expected a WGS84 geometry (SRID 4326), got SRID {wgs84Geometry.SRID}", nameof(wgs84Geometry));
        }

        var copy = Factory.CreateGeometry(wgs84Geometry);
        copy.Apply(new SequenceFilter(this, toGrid: true));
        return copy;
    }

    /// <summary>A copy of a geometry in this grid (SRID <see cref="MetricGrid.Srid"/>, or 0) in WGS84, SRID 4326.</summary>
    public Geometry Unproject(Geometry projectedGeometry)
    {
        ArgumentNullException.ThrowIfNull(projectedGeometry);
        if (projectedGeometry.SRID != 0 && projectedGeometry.SRID != Grid.Srid)
        {
            throw new ArgumentException(
                $"expected a geometry in {Grid} (SRID {Grid.Srid}), got SRID {projectedGeometry.SRID}", nameof(projectedGeometry));
        }

        var copy = _wgs84.CreateGeometry(projectedGeometry);
        copy.Apply(new SequenceFilter(this, toGrid: false));
        return copy;
    }

    public override string ToString() => Grid.ToString();

    private sealed class SequenceFilter(MetricProjection projection, bool toGrid) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var x = seq.GetX(i);
            var y = seq.GetY(i);
            if (toGrid)
            {
                var p = projection.Project(new GeoPoint(x, y));
                (x, y) = (p.X, p.Y);
            }
            else
            {
                var g = projection.Unproject(new ProjectedPoint(x, y));
                (x, y) = (g.Lon, g.Lat);
            }

            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
