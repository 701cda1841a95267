using System.Collections.Concurrent;
using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Logistics.Spatial.Projection;

/// <summary>
/// Chooses metric grids and builds <see cref="MetricProjection"/>s with ProjNET. Make one per application and
/// inject it; it caches one projection per grid and is safe to use from several threads.
/// </summary>
public sealed class ProjectionFactory
{
    private readonly GeometryServices _geometry;
    private readonly CoordinateSystemFactory _systems = new();
    private readonly CoordinateTransformationFactory _transforms = new();
    private readonly ConcurrentDictionary<MetricGrid, Lazy<MetricProjection>> _cache = new();
    private readonly Lock _buildLock = new();

    public ProjectionFactory(GeometryServices geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        _geometry = geometry;
    }

    /// <summary>
    /// The grid of <paramref name="kind"/> whose zone holds the middle of the points' longitude range (halfway between
    /// the westernmost and easternmost point), which keeps the worst scale error smallest. All of Chongqing
    /// (105.2–110.2°E) gives the 3-degree grid at 108°E (EPSG:4545) and UTM zone 48N (EPSG:32648).
    /// </summary>
    public MetricGrid Choose(MetricGridKind kind, IEnumerable<GeoPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var (min, max, any) = (double.PositiveInfinity, double.NegativeInfinity, false);
        foreach (var p in points)
        {
            if (!p.IsValidWgs84)
            {
                throw new ArgumentException($"{p} is not a WGS84 longitude/latitude", nameof(points));
            }

            (min, max, any) = (Math.Min(min, p.Lon), Math.Max(max, p.Lon), true);
        }

        if (!any)
        {
            throw new ArgumentException("no points to choose a grid for", nameof(points));
        }

        return MetricGrid.ForLongitude(kind, (min + max) / 2.0);
    }

    /// <summary>The grid of <paramref name="kind"/> for a WGS84 geometry's longitude range (see the other overload).</summary>
    public MetricGrid Choose(MetricGridKind kind, Geometry wgs84Geometry)
    {
        ArgumentNullException.ThrowIfNull(wgs84Geometry);
        if (wgs84Geometry.IsEmpty)
        {
            throw new ArgumentException("an empty geometry has no longitude range", nameof(wgs84Geometry));
        }

        var env = wgs84Geometry.EnvelopeInternal;
        return Choose(kind, [new GeoPoint(env.MinX, env.MinY), new GeoPoint(env.MaxX, env.MaxY)]);
    }

    /// <summary>The projection for the grid chosen for <paramref name="points"/> (see <see cref="Choose(MetricGridKind, IEnumerable{GeoPoint})"/>).</summary>
    public MetricProjection CreateFor(IEnumerable<GeoPoint> points, MetricGridKind kind = MetricGridKind.GaussKruger3) =>
        Create(Choose(kind, points));

    /// <summary>The projection to a grid; the same instance for equal grids.</summary>
    public MetricProjection Create(MetricGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return _cache.GetOrAdd(grid, g => new Lazy<MetricProjection>(() => Build(g))).Value;
    }

    private MetricProjection Build(MetricGrid grid)
    {
        // Built rarely (once per grid); ProjNET's factories are not documented as thread-safe, so one at a time.
        lock (_buildLock)
        {
            return BuildUnlocked(grid);
        }
    }

    private MetricProjection BuildUnlocked(MetricGrid grid)
    {
        var projected = grid.Kind == MetricGridKind.Utm
            ? ProjectedCoordinateSystem.WGS84_UTM(grid.Zone, true)
            : (ProjectedCoordinateSystem)_systems.CreateFromWkt(GaussKrugerWkt(grid));

        // Source = the grid's own geographic system: WGS84 and CGCS2000 are one frame here, so no datum shift.
        var transform = _transforms.CreateFromCoordinateSystems(projected.GeographicCoordinateSystem, projected);
        return new MetricProjection(grid, projected.WKT, transform.MathTransform, _geometry.Wgs84, _geometry.ForSrid(grid.Srid));
    }

    /// <summary>EPSG's definition of a CGCS2000 3-degree Gauss–Krüger grid (e.g. EPSG:4545), as WKT 1.</summary>
    private static string GaussKrugerWkt(MetricGrid grid) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        PROJCS["{grid.Name}",
          GEOGCS["China Geodetic Coordinate System 2000",
            DATUM["China_2000", SPHEROID["CGCS2000", 6378137, 298.257222101, AUTHORITY["EPSG", "1024"]], AUTHORITY["EPSG", "1043"]],
            PRIMEM["Greenwich", 0, AUTHORITY["EPSG", "8901"]],
            UNIT["degree", 0.0174532925199433, AUTHORITY["EPSG", "9122"]],
            AUTHORITY["EPSG", "4490"]],
          PROJECTION["Transverse_Mercator"],
          PARAMETER["latitude_of_origin", 0],
          PARAMETER["central_meridian", {grid.CentralMeridian}],
          PARAMETER["scale_factor", {grid.ScaleFactor:R}],
          PARAMETER["false_easting", {grid.FalseEasting:R}],
          PARAMETER["false_northing", {grid.FalseNorthing:R}],
          UNIT["metre", 1, AUTHORITY["EPSG", "9001"]],
          AUTHORITY["EPSG", "{grid.Srid}"]]
        """);
}
