using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Distance;

namespace Logistics.Spatial.Regions;

/// <summary>
/// Deterministic positions for places that have no coordinates at all (e.g. a township seat missing from the
/// source): the candidate that lies farthest from every known place, so the estimate takes the largest unclaimed
/// part of the area instead of piling onto a known point. Two candidate sets are offered:
/// <list type="bullet">
/// <item><see cref="LargestGap"/>: a regular grid over the area (for a rural town: the emptiest part of the county);</item>
/// <item><see cref="OnRing"/>: points on a circle around a centre (for an urban subdistrict: at a given distance from
/// the county seat, on the side with the fewest known places).</item>
/// </list>
/// Candidates must lie at least <c>insetKm</c> inside the area when possible. Ties go to the first candidate in
/// scan order (grid rows south to north, west to east; ring bearings clockwise from north), so results are stable.
/// All inputs and outputs are lon/lat; distances are computed in a <see cref="LocalPlane"/>.
/// </summary>
public sealed class GapPlacement
{
    private readonly GeometryFactory _factory;

    public GapPlacement(GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>The grid point (spacing <paramref name="gridKm"/>) inside <paramref name="area"/> farthest from all <paramref name="occupied"/> points.</summary>
    public Coordinate LargestGap(Geometry area, IReadOnlyCollection<Coordinate> occupied, double gridKm = 0.5, double insetKm = 2.0)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gridKm);
        var (plane, areaPlane) = Prepare(area);
        var env = areaPlane.EnvelopeInternal;
        var candidates = new List<Coordinate>();
        for (var y = env.MinY + (gridKm / 2); y < env.MaxY; y += gridKm)
        {
            for (var x = env.MinX + (gridKm / 2); x < env.MaxX; x += gridKm)
            {
                candidates.Add(new Coordinate(x, y));
            }
        }

        return Choose(plane, areaPlane, candidates, occupied, insetKm);
    }

    /// <summary>
    /// The point on the circle of <paramref name="radiusKm"/> around <paramref name="centre"/> (sampled every
    /// 5°) inside <paramref name="area"/> farthest from all <paramref name="occupied"/> points (a point at the centre
    /// itself is ignored: it is equally far from every ring point).
    /// </summary>
    public Coordinate OnRing(Geometry area, Coordinate centre, double radiusKm, IReadOnlyCollection<Coordinate> occupied, double insetKm = 0.5)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radiusKm);
        var (plane, areaPlane) = Prepare(area);
        var c = plane.ToPlane(centre);
        var candidates = new List<Coordinate>();
        for (var deg = 0; deg < 360; deg += 5)
        {
            var rad = deg * Math.PI / 180.0;
            candidates.Add(new Coordinate(c.X + (radiusKm * Math.Sin(rad)), c.Y + (radiusKm * Math.Cos(rad))));
        }

        // Every ring point is equally far from the centre itself, so a known place at the centre carries no information.
        var others = occupied.Where(o => plane.ToPlane(o).Distance(c) > 0.01).ToList();
        return Choose(plane, areaPlane, candidates, others, insetKm);
    }

    private (LocalPlane Plane, Geometry AreaPlane) Prepare(Geometry area)
    {
        if (area.IsEmpty || area.Dimension != Dimension.Surface)
        {
            throw new ArgumentException("The area must be a non-empty polygon or multipolygon.", nameof(area));
        }

        var valid = area.IsValid ? area : GeometryFixer.Fix(area);
        var centre = valid.EnvelopeInternal.Centre;
        var plane = new LocalPlane(centre.X, centre.Y);
        return (plane, plane.ToPlane(valid));
    }

    private Coordinate Choose(LocalPlane plane, Geometry areaPlane, List<Coordinate> candidates, IReadOnlyCollection<Coordinate> occupied, double insetKm)
    {
        ArgumentNullException.ThrowIfNull(occupied);
        var occupiedPlane = occupied.Select(plane.ToPlane).ToArray();
        var centroid = areaPlane.Centroid.Coordinate;

        // Best score first (ties keep scan order), so only the leading candidates need the costlier containment test.
        var ranked = candidates
            .Select((c, i) => (Coordinate: c, Index: i, Score: occupiedPlane.Length == 0 ? -c.Distance(centroid) : occupiedPlane.Min(o => o.Distance(c))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .Select(x => x.Coordinate)
            .ToList();
        // First a candidate at least insetKm from the edge (measured against the indexed outline, which is much
        // faster than buffering a detailed county polygon inwards), then any candidate inside.
        var prepared = PreparedGeometryFactory.Prepare(areaPlane);
        var edge = new IndexedFacetDistance(areaPlane.Boundary);
        foreach (var needInset in new[] { insetKm > 0, false })
        {
            foreach (var c in ranked)
            {
                var p = _factory.CreatePoint(c);
                if (prepared.ContainsProperly(p) && (!needInset || edge.Distance(p) >= insetKm))
                {
                    return plane.ToLonLat(c);
                }
            }
        }

        return plane.ToLonLat(areaPlane.InteriorPoint.Coordinate);
    }
}
