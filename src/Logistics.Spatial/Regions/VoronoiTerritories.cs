using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace Logistics.Spatial.Regions;

/// <summary>
/// Territories of seed points (e.g. township seats) inside a boundary (e.g. the county outline): the Voronoi cell
/// of each seed, clipped to the boundary. Where no official township polygons exist this is the standard,
/// reproducible stand-in for "the township's area": every place in the county belongs to the nearest seat.
/// <para>
/// Cells are built in a <see cref="LocalPlane"/> (kilometres) centred on the boundary, so they are not stretched
/// by the degree scale, and are returned in lon/lat (WGS84). The boundary is repaired with
/// <see cref="GeometryFixer"/> when it is not valid. Seeds closer than 1 m to each other are rejected.
/// </para>
/// </summary>
public sealed class VoronoiTerritories
{
    /// <summary>Points are placed at least this far (km) inside the cell edge, so rounding coordinates to 1e-6° (≈0.1 m) can never move them out.</summary>
    public const double DefaultInsetKm = 0.05;

    private readonly GeometryFactory _factory;
    private readonly Geometry[] _cellsPlane;
    private readonly Geometry[] _cellsLonLat;
    private readonly IPreparedGeometry[] _preparedLonLat;
    private readonly Coordinate[] _seedsPlane;
    private readonly ScatterPlacer _placer;

    public VoronoiTerritories(GeometryFactory factory, Geometry boundary, IReadOnlyList<Coordinate> seeds)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("At least one seed is needed.", nameof(seeds));
        }

        if (boundary.IsEmpty || boundary.Dimension != Dimension.Surface)
        {
            throw new ArgumentException("The boundary must be a non-empty polygon or multipolygon.", nameof(boundary));
        }

        _factory = factory;
        _placer = new ScatterPlacer(factory);
        var fixedBoundary = boundary.IsValid ? boundary : GeometryFixer.Fix(boundary);
        Boundary = fixedBoundary;
        var centre = fixedBoundary.EnvelopeInternal.Centre;
        Plane = new LocalPlane(centre.X, centre.Y);
        var boundaryPlane = Plane.ToPlane(fixedBoundary);
        _seedsPlane = seeds.Select(Plane.ToPlane).ToArray();
        CheckDistinct(_seedsPlane);

        _cellsPlane = BuildCells(boundaryPlane);
        _cellsLonLat = _cellsPlane.Select(Plane.ToLonLat).ToArray();
        _preparedLonLat = _cellsLonLat.Select(PreparedGeometryFactory.Prepare).ToArray();
    }

    /// <summary>The (repaired) boundary in lon/lat.</summary>
    public Geometry Boundary { get; }

    public LocalPlane Plane { get; }

    public int Count => _cellsPlane.Length;

    /// <summary>The clipped Voronoi cell of seed <paramref name="index"/> in lon/lat; can be empty when the seed lies outside the boundary and another seed's cell covers its part.</summary>
    public Geometry Cell(int index) => _cellsLonLat[index];

    /// <summary>The cell in plane kilometres.</summary>
    public Geometry CellPlane(int index) => _cellsPlane[index];

    /// <summary>Whether the lon/lat point lies in the cell of seed <paramref name="index"/> (cell edges count as inside).</summary>
    public bool CellCovers(int index, Coordinate lonLat) => _preparedLonLat[index].Covers(_factory.CreatePoint(lonLat));

    /// <summary>
    /// Places <paramref name="count"/> points in seed <paramref name="index"/>'s cell with <see cref="ScatterPlacer"/>,
    /// at least <paramref name="insetKm"/> inside the cell edge (when the cell is wide enough) and spaced from the
    /// seed itself and from <paramref name="occupied"/> (lon/lat). <paramref name="key"/> makes the pattern differ
    /// between cells; use e.g. the township code. When the cell is empty (seed outside the boundary) the points are
    /// placed in a 2 km disc around the seed, clipped to the boundary. With <paramref name="maxDistanceKm"/> the
    /// points stay within that distance of the seed (e.g. urban communities around a town centre), as long as that
    /// part of the cell has some area.
    /// </summary>
    public IReadOnlyList<Coordinate> Scatter(int index, int count, string key, IEnumerable<Coordinate> occupied, double insetKm = DefaultInsetKm, double? maxDistanceKm = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(occupied);
        var area = _cellsPlane[index];
        if (area.IsEmpty || !(area.Area > 0))
        {
            area = Surface(Intersect(_factory.CreatePoint(_seedsPlane[index]).Buffer(2.0, 16), Plane.ToPlane(Boundary)));
            if (area.IsEmpty || !(area.Area > 0))
            {
                area = _factory.CreatePoint(_seedsPlane[index]).Buffer(2.0, 16);
            }
        }

        if (maxDistanceKm is > 0)
        {
            var near = Surface(Intersect(area, _factory.CreatePoint(_seedsPlane[index]).Buffer(maxDistanceKm.Value, 16)));
            if (!near.IsEmpty && near.Area > 0)
            {
                area = near;
            }
        }

        if (insetKm > 0)
        {
            var inner = area.Buffer(-insetKm);
            if (!inner.IsEmpty && inner.Area > 0.25 * area.Area)
            {
                area = inner;
            }
        }

        var occupiedPlane = occupied.Select(Plane.ToPlane).Append(_seedsPlane[index]).ToList();
        var key64 = ScatterPlacer.StableKey(key);
        return _placer.Place(area, count, key64, occupiedPlane).Select(Plane.ToLonLat).ToArray();
    }

    private Geometry[] BuildCells(Geometry boundaryPlane)
    {
        var cells = new Geometry[_seedsPlane.Length];
        if (_seedsPlane.Length == 1)
        {
            cells[0] = boundaryPlane;
            return cells;
        }

        // The cells come straight from the subdivision, unclipped, and are clipped here with the robust
        // OverlayNG: VoronoiDiagramBuilder's own envelope clipping uses the older overlay, which can throw on
        // nearly degenerate cells (e.g. seeds on a common line).
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(_seedsPlane.Select(c => c.Copy()).ToArray());
        var polygons = builder.GetSubdivision().GetVoronoiCellPolygons(_factory);
        var prepared = PreparedGeometryFactory.Prepare(boundaryPlane);
        foreach (var polygon in polygons)
        {
            var index = NearestSeed(polygon.UserData as Coordinate ?? polygon.InteriorPoint.Coordinate);
            var clipped = prepared.ContainsProperly(polygon) ? polygon.Copy() : Intersect(polygon, boundaryPlane);
            cells[index] = Surface(clipped);
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] ??= _factory.CreatePolygon();
        }

        return cells;
    }

    private static Geometry Intersect(Geometry a, Geometry b) => OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection);

    /// <summary>Keeps only the polygonal parts of an intersection result (slivers of lines or points are dropped).</summary>
    private Geometry Surface(Geometry g)
    {
        if (g is Polygon or MultiPolygon)
        {
            return g;
        }

        var polygons = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is Polygon p && !p.IsEmpty)
            {
                polygons.Add(p);
            }
            else if (g.GetGeometryN(i) is MultiPolygon mp)
            {
                polygons.AddRange(mp.Geometries.OfType<Polygon>());
            }
        }

        return polygons.Count switch
        {
            0 => _factory.CreatePolygon(),
            1 => polygons[0],
            _ => _factory.CreateMultiPolygon(polygons.ToArray()),
        };
    }

    private int NearestSeed(Coordinate c)
    {
        var best = 0;
        var bestD = double.PositiveInfinity;
        for (var i = 0; i < _seedsPlane.Length; i++)
        {
            var d = _seedsPlane[i].Distance(c);
            if (d < bestD)
            {
                bestD = d;
                best = i;
            }
        }

        return best;
    }

    private static void CheckDistinct(Coordinate[] seeds)
    {
        for (var i = 0; i < seeds.Length; i++)
        {
            for (var j = i + 1; j < seeds.Length; j++)
            {
                if (seeds[i].Distance(seeds[j]) < 0.001)
                {
                    throw new ArgumentException($"Seeds {i} and {j} are less than 1 m apart; each territory needs its own seed point.", nameof(seeds));
                }
            }
        }
    }
}
