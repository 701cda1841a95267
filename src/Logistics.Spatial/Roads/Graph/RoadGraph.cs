using Logistics.Core.Geo;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// An immutable directed road graph. Vertices are the junctions and dead ends of the kept ways; a <em>segment</em> is
/// the piece of one way between two vertices, with its full geometry (for drawing and snapping), its length
/// (great-circle, whole metres) and its duration (whole seconds, rounded once per segment). Each segment gives one or
/// two directed edges, stored in CSR form (edges of vertex v are <c>FirstEdge(v) .. FirstEdge(v + 1) - 1</c>).
/// </summary>
public sealed class RoadGraph
{
    private readonly double[] _vertexLon;
    private readonly double[] _vertexLat;
    private readonly int[] _segmentFrom;
    private readonly int[] _segmentTo;
    private readonly int[] _segmentSeconds;
    private readonly int[] _segmentMetres;
    private readonly long[] _segmentWayId;
    private readonly byte[] _segmentDirections;
    private readonly int[] _segmentPointStart;
    private readonly double[] _pointLon;
    private readonly double[] _pointLat;
    private readonly int[] _firstEdge;
    private readonly int[] _edgeTarget;
    private readonly int[] _edgeSegment; // segment * 2 + 1 when the edge runs against the segment's node order

    internal const byte ForwardFlag = 1;
    internal const byte BackwardFlag = 2;

    internal RoadGraph(
        double[] vertexLon, double[] vertexLat,
        int[] segmentFrom, int[] segmentTo, int[] segmentSeconds, int[] segmentMetres, long[] segmentWayId, byte[] segmentDirections,
        int[] segmentPointStart, double[] pointLon, double[] pointLat)
    {
        _vertexLon = vertexLon;
        _vertexLat = vertexLat;
        _segmentFrom = segmentFrom;
        _segmentTo = segmentTo;
        _segmentSeconds = segmentSeconds;
        _segmentMetres = segmentMetres;
        _segmentWayId = segmentWayId;
        _segmentDirections = segmentDirections;
        _segmentPointStart = segmentPointStart;
        _pointLon = pointLon;
        _pointLat = pointLat;

        var vertexCount = vertexLon.Length;
        _firstEdge = new int[vertexCount + 1];
        for (var s = 0; s < segmentFrom.Length; s++)
        {
            if ((segmentDirections[s] & ForwardFlag) != 0) _firstEdge[segmentFrom[s] + 1]++;
            if ((segmentDirections[s] & BackwardFlag) != 0) _firstEdge[segmentTo[s] + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            _firstEdge[v + 1] += _firstEdge[v];
        }

        _edgeTarget = new int[_firstEdge[vertexCount]];
        _edgeSegment = new int[_edgeTarget.Length];
        var next = _firstEdge[..vertexCount];
        for (var s = 0; s < segmentFrom.Length; s++)
        {
            if ((segmentDirections[s] & ForwardFlag) != 0)
            {
                var e = next[segmentFrom[s]]++;
                _edgeTarget[e] = segmentTo[s];
                _edgeSegment[e] = s * 2;
            }

            if ((segmentDirections[s] & BackwardFlag) != 0)
            {
                var e = next[segmentTo[s]]++;
                _edgeTarget[e] = segmentFrom[s];
                _edgeSegment[e] = s * 2 + 1;
            }
        }
    }

    public int VertexCount => _vertexLon.Length;

    public int SegmentCount => _segmentFrom.Length;

    public int EdgeCount => _edgeTarget.Length;

    /// <summary>Number of stored geometry points (vertices repeated at the ends of each segment).</summary>
    public int GeometryPointCount => _pointLon.Length;

    public GeoPoint Vertex(int vertex) => new(_vertexLon[vertex], _vertexLat[vertex]);

    public int FirstEdge(int vertex) => _firstEdge[vertex];

    public int EdgeTarget(int edge) => _edgeTarget[edge];

    public int EdgeSegment(int edge) => _edgeSegment[edge] >> 1;

    /// <summary>True when the edge runs against its segment's node order (from <see cref="SegmentTo"/> to <see cref="SegmentFrom"/>).</summary>
    public bool EdgeIsReversed(int edge) => (_edgeSegment[edge] & 1) != 0;

    public int EdgeSeconds(int edge) => _segmentSeconds[_edgeSegment[edge] >> 1];

    public int EdgeMetres(int edge) => _segmentMetres[_edgeSegment[edge] >> 1];

    public int SegmentFrom(int segment) => _segmentFrom[segment];

    public int SegmentTo(int segment) => _segmentTo[segment];

    public int SegmentSeconds(int segment) => _segmentSeconds[segment];

    public int SegmentMetres(int segment) => _segmentMetres[segment];

    public long SegmentWayId(int segment) => _segmentWayId[segment];

    /// <summary>May be driven from <see cref="SegmentFrom"/> to <see cref="SegmentTo"/>.</summary>
    public bool SegmentForward(int segment) => (_segmentDirections[segment] & ForwardFlag) != 0;

    /// <summary>May be driven from <see cref="SegmentTo"/> to <see cref="SegmentFrom"/>.</summary>
    public bool SegmentBackward(int segment) => (_segmentDirections[segment] & BackwardFlag) != 0;

    public int SegmentPointCount(int segment) => _segmentPointStart[segment + 1] - _segmentPointStart[segment];

    /// <summary>The <paramref name="index"/>-th geometry point of a segment in node order (0 = <see cref="SegmentFrom"/>).</summary>
    public GeoPoint SegmentPoint(int segment, int index)
    {
        var p = _segmentPointStart[segment] + index;
        return new GeoPoint(_pointLon[p], _pointLat[p]);
    }

    /// <summary>The geometry of a segment in node order, ends included.</summary>
    public GeoPoint[] SegmentGeometry(int segment)
    {
        var points = new GeoPoint[SegmentPointCount(segment)];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = SegmentPoint(segment, i);
        }

        return points;
    }

    internal RoadGraphArrays Arrays => new(
        _vertexLon, _vertexLat, _segmentFrom, _segmentTo, _segmentSeconds, _segmentMetres, _segmentWayId, _segmentDirections,
        _segmentPointStart, _pointLon, _pointLat);
}
