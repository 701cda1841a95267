using Logistics.Core.Geo;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// An immutable directed road graph. <em>Junctions</em> are the junctions and dead ends of the kept ways; a
/// <em>segment</em> is the piece of one way between two junctions, with its full geometry (for drawing and snapping), its
/// length (great-circle, whole metres) and its duration (whole seconds, rounded once per segment). A segment driven in
/// one direction is a <em>directed segment</em>, coded <c>segment * 2</c> (node order) or <c>segment * 2 + 1</c> (against it).
/// <para>
/// Turn restrictions are honoured by splitting their via junctions (node splitting, edge-based only where needed): every
/// <em>restricted approach</em> (a directed segment arriving at a junction where some turns from it are banned) ends at
/// its own copy of the junction, which carries only the allowed departures; every other approach ends at the junction
/// itself, which may depart along every directed segment. Routing vertices are therefore the junctions
/// (<c>0 .. JunctionCount - 1</c>, the same numbers as <see cref="SegmentFrom"/>/<see cref="SegmentTo"/>) followed by
/// one copy per restricted approach; every search (Dijkstra, contraction hierarchy, matrices, paths) runs on them
/// unchanged. Without restrictions the vertices are exactly the junctions.
/// </para>
/// Directed edges are stored in CSR form over routing vertices (edges of v are <c>FirstEdge(v) .. FirstEdge(v + 1) - 1</c>);
/// an edge from a copy repeats a junction's edge, so <see cref="EdgeCount"/> grows by the allowed turns at copies.
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
    private readonly int[] _approachCode;   // restricted approaches (directed segment codes), ascending
    private readonly int[] _banFirst;       // CSR into _banCode per approach
    private readonly int[] _banCode;        // banned departures (directed segment codes), ascending per approach
    private readonly int[] _approachOfCode; // per directed segment code: its approach index, or -1
    private readonly int[] _copyJunction;   // per copy: the junction it copies
    private readonly int[] _copyFirst;      // CSR per junction into _copyVertex
    private readonly int[] _copyVertex;
    private readonly int[] _firstEdge;
    private readonly int[] _edgeSource;
    private readonly int[] _edgeTarget;
    private readonly int[] _edgeSegment; // segment * 2 + 1 when the edge runs against the segment's node order

    internal const byte ForwardFlag = 1;
    internal const byte BackwardFlag = 2;

    internal RoadGraph(
        double[] vertexLon, double[] vertexLat,
        int[] segmentFrom, int[] segmentTo, int[] segmentSeconds, int[] segmentMetres, long[] segmentWayId, byte[] segmentDirections,
        int[] segmentPointStart, double[] pointLon, double[] pointLat,
        int[] approachCode, int[] banFirst, int[] banCode)
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
        _approachCode = approachCode;
        _banFirst = banFirst;
        _banCode = banCode;

        var junctions = vertexLon.Length;
        var approaches = approachCode.Length;
        _approachOfCode = new int[segmentFrom.Length * 2];
        Array.Fill(_approachOfCode, -1);
        _copyJunction = new int[approaches];
        _copyFirst = new int[junctions + 1];
        for (var i = 0; i < approaches; i++)
        {
            _approachOfCode[approachCode[i]] = i;
            _copyJunction[i] = Head(approachCode[i]);
            _copyFirst[_copyJunction[i] + 1]++;
        }

        for (var j = 0; j < junctions; j++)
        {
            _copyFirst[j + 1] += _copyFirst[j];
        }

        _copyVertex = new int[approaches];
        var nextCopy = _copyFirst[..junctions];
        for (var i = 0; i < approaches; i++)
        {
            _copyVertex[nextCopy[_copyJunction[i]]++] = junctions + i;
        }

        // Departures of each junction in segment order (as the node-based graph always had them).
        var departureFirst = new int[junctions + 1];
        for (var s = 0; s < segmentFrom.Length; s++)
        {
            if ((segmentDirections[s] & ForwardFlag) != 0) departureFirst[segmentFrom[s] + 1]++;
            if ((segmentDirections[s] & BackwardFlag) != 0) departureFirst[segmentTo[s] + 1]++;
        }

        for (var j = 0; j < junctions; j++)
        {
            departureFirst[j + 1] += departureFirst[j];
        }

        var departures = new int[departureFirst[junctions]];
        var nextDeparture = departureFirst[..junctions];
        for (var s = 0; s < segmentFrom.Length; s++)
        {
            if ((segmentDirections[s] & ForwardFlag) != 0) departures[nextDeparture[segmentFrom[s]]++] = s * 2;
            if ((segmentDirections[s] & BackwardFlag) != 0) departures[nextDeparture[segmentTo[s]]++] = s * 2 + 1;
        }

        var vertexCount = junctions + approaches;
        _firstEdge = new int[vertexCount + 1];
        var edgeCount = departures.Length;
        for (var i = 0; i < approaches; i++)
        {
            var j = _copyJunction[i];
            edgeCount += departureFirst[j + 1] - departureFirst[j] - (banFirst[i + 1] - banFirst[i]);
        }

        _edgeSource = new int[edgeCount];
        _edgeTarget = new int[edgeCount];
        _edgeSegment = new int[edgeCount];
        var e = 0;
        for (var v = 0; v < vertexCount; v++)
        {
            _firstEdge[v] = e;
            var j = v < junctions ? v : _copyJunction[v - junctions];
            for (var d = departureFirst[j]; d < departureFirst[j + 1]; d++)
            {
                var code = departures[d];
                if (v >= junctions && IsBanned(v - junctions, code))
                {
                    continue;
                }

                _edgeSource[e] = v;
                _edgeTarget[e] = ArrivalVertex(code);
                _edgeSegment[e] = code;
                e++;
            }
        }

        _firstEdge[vertexCount] = e;
    }

    /// <summary>Routing vertices: the junctions, then one copy per restricted approach.</summary>
    public int VertexCount => _vertexLon.Length + _approachCode.Length;

    /// <summary>Junctions and dead ends of the road network (routing vertices <c>0 .. JunctionCount - 1</c>).</summary>
    public int JunctionCount => _vertexLon.Length;

    /// <summary>Directed segments arriving at a junction where some turns from them are banned (= junction copies).</summary>
    public int RestrictedApproachCount => _approachCode.Length;

    /// <summary>Banned turns (restricted approach, departure) over the whole graph.</summary>
    public int BannedTurnCount => _banCode.Length;

    public int SegmentCount => _segmentFrom.Length;

    public int EdgeCount => _edgeTarget.Length;

    /// <summary>Number of stored geometry points (vertices repeated at the ends of each segment).</summary>
    public int GeometryPointCount => _pointLon.Length;

    /// <summary>The position of a routing vertex (a copy is where its junction is).</summary>
    public GeoPoint Vertex(int vertex)
    {
        var j = JunctionOf(vertex);
        return new(_vertexLon[j], _vertexLat[j]);
    }

    /// <summary>The junction a routing vertex stands for (itself for a junction, the via junction for a copy).</summary>
    public int JunctionOf(int vertex) => vertex < _vertexLon.Length ? vertex : _copyJunction[vertex - _vertexLon.Length];

    /// <summary>The routing vertices of a junction: the junction itself, then its copies (one per restricted approach).</summary>
    public IEnumerable<int> VerticesOf(int junction)
    {
        yield return junction;
        for (var c = _copyFirst[junction]; c < _copyFirst[junction + 1]; c++)
        {
            yield return _copyVertex[c];
        }
    }

    public int FirstEdge(int vertex) => _firstEdge[vertex];

    /// <summary>The routing vertex the edge leaves (a junction or one of its copies).</summary>
    public int EdgeSource(int edge) => _edgeSource[edge];

    public int EdgeTarget(int edge) => _edgeTarget[edge];

    public int EdgeSegment(int edge) => _edgeSegment[edge] >> 1;

    /// <summary>True when the edge runs against its segment's node order (from <see cref="SegmentTo"/> to <see cref="SegmentFrom"/>).</summary>
    public bool EdgeIsReversed(int edge) => (_edgeSegment[edge] & 1) != 0;

    public int EdgeSeconds(int edge) => _segmentSeconds[_edgeSegment[edge] >> 1];

    public int EdgeMetres(int edge) => _segmentMetres[_edgeSegment[edge] >> 1];

    /// <summary>
    /// The routing vertex reached by driving along <paramref name="segment"/> (against its node order when
    /// <paramref name="reversed"/>): the copy for that approach when turns from it are restricted, else the junction.
    /// </summary>
    public int ArrivalVertex(int segment, bool reversed) => ArrivalVertex(segment * 2 + (reversed ? 1 : 0));

    /// <summary>
    /// The routing vertices from which one may drive onto <paramref name="segment"/> in the given direction: its start
    /// junction and every copy of that junction whose approach may turn onto it. Empty when the direction is not drivable.
    /// </summary>
    public IEnumerable<int> DepartureVertices(int segment, bool reversed)
    {
        var code = segment * 2 + (reversed ? 1 : 0);
        if ((_segmentDirections[segment] & (reversed ? BackwardFlag : ForwardFlag)) == 0)
        {
            yield break;
        }

        var junction = reversed ? _segmentTo[segment] : _segmentFrom[segment];
        yield return junction;
        for (var c = _copyFirst[junction]; c < _copyFirst[junction + 1]; c++)
        {
            var copy = _copyVertex[c];
            if (!IsBanned(copy - _vertexLon.Length, code))
            {
                yield return copy;
            }
        }
    }

    /// <summary>
    /// True when arriving along <paramref name="fromSegment"/> (direction <paramref name="fromReversed"/>) one may not
    /// leave along <paramref name="toSegment"/> (direction <paramref name="toReversed"/>) at the junction between them.
    /// </summary>
    public bool IsTurnBanned(int fromSegment, bool fromReversed, int toSegment, bool toReversed)
    {
        var approach = _approachOfCode[fromSegment * 2 + (fromReversed ? 1 : 0)];
        return approach >= 0 && IsBanned(approach, toSegment * 2 + (toReversed ? 1 : 0));
    }

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
        _segmentPointStart, _pointLon, _pointLat, _approachCode, _banFirst, _banCode);

    private int Head(int code) => (code & 1) == 0 ? _segmentTo[code >> 1] : _segmentFrom[code >> 1];

    private int ArrivalVertex(int code)
    {
        var approach = _approachOfCode[code];
        return approach >= 0 ? _vertexLon.Length + approach : Head(code);
    }

    private bool IsBanned(int approach, int code) =>
        Array.BinarySearch(_banCode, _banFirst[approach], _banFirst[approach + 1] - _banFirst[approach], code) >= 0;
}
