using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Projection;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// Straight-line service areas: circles of a radius around facilities, unioned, optionally clipped to a region (the
/// county outline). The buffers are made in a metric Gauss–Krüger grid chosen from the data (see
/// <see cref="ProjectionFactory.Choose(MetricGridKind, IEnumerable{GeoPoint})"/>), so the radius is in true metres,
/// and the result comes back in WGS84. Thread-safe.
/// </summary>
public sealed class ServiceAreaBuilder
{
    private readonly GeometryServices _geometry;
    private readonly ProjectionFactory _projections;

    public ServiceAreaBuilder(GeometryServices geometry, ProjectionFactory projections)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(projections);
        _geometry = geometry;
        _projections = projections;
    }

    /// <summary>Segments per quarter circle of each buffer: 32 keeps a circle's area within 0.05 % of π r².</summary>
    public int QuadrantSegments { get; init; } = 32;

    /// <summary>Longest outline edge (degrees) projected as a straight grid segment: about 0.5 km.</summary>
    private const double ClipDensifyDegrees = 0.005;

    /// <summary>
    /// The union of the circles of <paramref name="radiusMetres"/> around <paramref name="centres"/>, clipped to
    /// <paramref name="clipWgs84"/> when given, as a WGS84 (multi)polygon; empty when there is no centre or the
    /// radius is 0.
    /// </summary>
    public Geometry Build(IReadOnlyList<GeoPoint> centres, double radiusMetres, Geometry? clipWgs84 = null)
    {
        ArgumentNullException.ThrowIfNull(centres);
        if (!double.IsFinite(radiusMetres) || radiusMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "the radius must not be negative");
        }

        if (centres.Count == 0 || radiusMetres == 0)
        {
            return _geometry.Wgs84.CreatePolygon();
        }

        var projection = _projections.CreateFor(centres);
        var buffers = new List<Geometry>(centres.Count);
        foreach (var c in centres)
        {
            var p = projection.Project(c);
            buffers.Add(projection.Factory.CreatePoint(new Coordinate(p.X, p.Y)).Buffer(radiusMetres, QuadrantSegments));
        }

        var union = CascadedPolygonUnion.Union(buffers);
        if (clipWgs84 is not null && !clipWgs84.IsEmpty)
        {
            // An outline edge is straight in longitude/latitude; projected as is, a long edge would become a chord
            // that strays metres off the parallel or meridian it follows. Densified first, it stays within millimetres.
            var clip = projection.Project(Densifier.Densify(clipWgs84, ClipDensifyDegrees));
            if (!clip.IsValid)
            {
                clip = clip.Buffer(0);
            }

            union = union.Intersection(clip);
        }

        return projection.Unproject(union);
    }

    /// <summary>The area in square metres of a WGS84 geometry, measured in the grid chosen for it.</summary>
    public double AreaSquareMetres(Geometry wgs84Geometry)
    {
        ArgumentNullException.ThrowIfNull(wgs84Geometry);
        if (wgs84Geometry.IsEmpty)
        {
            return 0;
        }

        var projection = _projections.Create(_projections.Choose(MetricGridKind.GaussKruger3, wgs84Geometry));
        return projection.Project(wgs84Geometry).Area;
    }
}
