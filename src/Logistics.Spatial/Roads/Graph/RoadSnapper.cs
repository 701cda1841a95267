using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// Finds the nearest road segment to a point. Every straight piece of every segment is indexed in an STR-tree in a
/// local equirectangular metric frame centred on the graph (accurate to well under 1 % over a county); the search
/// box grows from 250 m until the best candidate lies inside it, so the answer is the exact nearest piece in that
/// frame. The reported distance is the great-circle distance to the snapped point.
/// </summary>
public sealed class RoadSnapper
{
    private readonly RoadGraph _graph;
    private readonly STRtree<int> _tree = new();
    private readonly int[] _pieceSegment;
    private readonly int[] _pieceIndex;
    private readonly double _lon0;
    private readonly double _lat0;
    private readonly double _metresPerDegreeLon;
    private readonly double _metresPerDegreeLat;

    public RoadSnapper(RoadGraph graph)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        double minLon = double.MaxValue, maxLon = double.MinValue, minLat = double.MaxValue, maxLat = double.MinValue;
        for (var v = 0; v < graph.VertexCount; v++)
        {
            var p = graph.Vertex(v);
            minLon = Math.Min(minLon, p.Lon);
            maxLon = Math.Max(maxLon, p.Lon);
            minLat = Math.Min(minLat, p.Lat);
            maxLat = Math.Max(maxLat, p.Lat);
        }

        _lon0 = graph.VertexCount == 0 ? 0 : (minLon + maxLon) / 2;
        _lat0 = graph.VertexCount == 0 ? 0 : (minLat + maxLat) / 2;
        _metresPerDegreeLat = GreatCircle.MeanEarthRadiusMetres * Math.PI / 180.0;
        _metresPerDegreeLon = _metresPerDegreeLat * Math.Cos(_lat0 * Math.PI / 180.0);

        var pieces = graph.GeometryPointCount - graph.SegmentCount;
        _pieceSegment = new int[pieces];
        _pieceIndex = new int[pieces];
        var id = 0;
        for (var s = 0; s < graph.SegmentCount; s++)
        {
            var count = graph.SegmentPointCount(s);
            var (ax, ay) = Project(graph.SegmentPoint(s, 0));
            for (var i = 0; i + 1 < count; i++)
            {
                var (bx, by) = Project(graph.SegmentPoint(s, i + 1));
                _pieceSegment[id] = s;
                _pieceIndex[id] = i;
                _tree.Insert(new Envelope(ax, bx, ay, by), id);
                id++;
                (ax, ay) = (bx, by);
            }
        }

        _tree.Build();
    }

    /// <summary>
    /// The nearest segment within <paramref name="maxDistanceMetres"/> (in the local frame), or null; only segments
    /// accepted by <paramref name="segmentFilter"/> when one is given.
    /// </summary>
    public RoadSnap? Snap(GeoPoint point, double maxDistanceMetres = 50_000, Func<int, bool>? segmentFilter = null)
    {
        if (_pieceSegment.Length == 0 || !point.IsValidWgs84)
        {
            return null;
        }

        var (x, y) = Project(point);
        for (var radius = 250.0; ; radius *= 2)
        {
            var box = Math.Min(radius, maxDistanceMetres);
            var best = -1;
            var bestDistance = double.MaxValue;
            var bestT = 0.0;
            foreach (var piece in _tree.Query(new Envelope(x - box, x + box, y - box, y + box)))
            {
                var s = _pieceSegment[piece];
                if (segmentFilter is not null && !segmentFilter(s))
                {
                    continue;
                }

                var i = _pieceIndex[piece];
                var (ax, ay) = Project(_graph.SegmentPoint(s, i));
                var (bx, by) = Project(_graph.SegmentPoint(s, i + 1));
                var (d, t) = PointToPiece(x, y, ax, ay, bx, by);
                // Ties go to the lower piece id, so the answer does not depend on the tree's traversal order.
                if (d < bestDistance || (d == bestDistance && piece < best))
                {
                    best = piece;
                    bestDistance = d;
                    bestT = t;
                }
            }

            if (best >= 0 && bestDistance <= box)
            {
                return MakeSnap(point, best, bestT);
            }

            if (box >= maxDistanceMetres)
            {
                return null;
            }
        }
    }

    private RoadSnap MakeSnap(GeoPoint original, int piece, double t)
    {
        var s = _pieceSegment[piece];
        var index = _pieceIndex[piece];
        var total = 0.0;
        var before = 0.0;
        var count = _graph.SegmentPointCount(s);
        GeoPoint snapped = default;
        for (var i = 0; i + 1 < count; i++)
        {
            var a = _graph.SegmentPoint(s, i);
            var b = _graph.SegmentPoint(s, i + 1);
            var length = GreatCircle.DistanceMetres(a, b);
            if (i == index)
            {
                snapped = new GeoPoint(a.Lon + (b.Lon - a.Lon) * t, a.Lat + (b.Lat - a.Lat) * t);
                before = total + length * t;
            }

            total += length;
        }

        var fraction = total > 0 ? Math.Clamp(before / total, 0, 1) : 0;
        return new RoadSnap(s, index, fraction, snapped, GreatCircle.DistanceMetres(original, snapped));
    }

    private (double X, double Y) Project(GeoPoint p) =>
        ((p.Lon - _lon0) * _metresPerDegreeLon, (p.Lat - _lat0) * _metresPerDegreeLat);

    private static (double Distance, double T) PointToPiece(double x, double y, double ax, double ay, double bx, double by)
    {
        var dx = bx - ax;
        var dy = by - ay;
        var lengthSquared = dx * dx + dy * dy;
        var t = lengthSquared > 0 ? Math.Clamp(((x - ax) * dx + (y - ay) * dy) / lengthSquared, 0, 1) : 0;
        var px = ax + t * dx - x;
        var py = ay + t * dy - y;
        return (Math.Sqrt(px * px + py * py), t);
    }
}
