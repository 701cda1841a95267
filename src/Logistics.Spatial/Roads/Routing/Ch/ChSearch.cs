namespace Logistics.Spatial.Roads.Routing.Ch;

/// <summary>
/// A complete upward search in a <see cref="ContractionHierarchy"/> (forward over upward arcs, or backward over
/// reversed upward arcs), with reusable stamped arrays. Labels are seconds (double, because the start legs are partial
/// segments); ties go to the shorter length. Not thread-safe.
/// </summary>
internal sealed class ChSearch
{
    private readonly ContractionHierarchy _ch;
    private readonly bool _forward;
    private readonly double[] _seconds;
    private readonly double[] _metres;
    private readonly int[] _parentVertex;
    private readonly ChArc[] _parentArc;
    private readonly int[] _stamp;
    private readonly PriorityQueue<int, double> _queue = new();
    private int _current;

    public ChSearch(ContractionHierarchy ch, bool forward)
    {
        _ch = ch;
        _forward = forward;
        var n = ch.VertexCount;
        _seconds = new double[n];
        _metres = new double[n];
        _parentVertex = new int[n];
        _parentArc = new ChArc[n];
        _stamp = new int[n];
    }

    /// <summary>The vertices settled (and not stalled) by the last <see cref="Run"/>, in settling order.</summary>
    public List<int> Settled { get; } = [];

    public void Run(IEnumerable<EndpointLeg> starts)
    {
        _current++;
        _queue.Clear();
        Settled.Clear();
        foreach (var leg in starts)
        {
            Improve(leg.Vertex, leg.Seconds, leg.Metres, -1, default);
        }

        while (_queue.TryDequeue(out var v, out var key))
        {
            if (key > _seconds[v])
            {
                continue;
            }

            if (IsStalled(v, key))
            {
                continue;
            }

            Settled.Add(v);
            var arcs = _forward ? _ch.Up(v) : _ch.DownReversed(v);
            foreach (var arc in arcs)
            {
                Improve(arc.Other, key + arc.Seconds, _metres[v] + arc.Metres, v, arc);
            }
        }
    }

    public bool Reached(int vertex) => _stamp[vertex] == _current;

    /// <summary>
    /// Stall-on-demand: a vertex whose label can be beaten through a higher-ranked vertex already reached (using an
    /// arc in the other direction) is not on any shortest up-down path with this label, so it is neither expanded
    /// nor reported as settled. Its label stays an upper bound (the length of a real path).
    /// </summary>
    private bool IsStalled(int v, double key)
    {
        var arcs = _forward ? _ch.DownReversed(v) : _ch.Up(v);
        foreach (var arc in arcs)
        {
            var u = arc.Other;
            if (_stamp[u] == _current && _seconds[u] + arc.Seconds < key)
            {
                return true;
            }
        }

        return false;
    }

    public double Seconds(int vertex) => Reached(vertex) ? _seconds[vertex] : double.PositiveInfinity;

    public double Metres(int vertex) => Reached(vertex) ? _metres[vertex] : double.PositiveInfinity;

    /// <summary>
    /// Road-graph edges from the search's start to <paramref name="vertex"/> (forward search), or from
    /// <paramref name="vertex"/> to the start (backward search), in driving order; also the start vertex.
    /// </summary>
    public (List<int> Edges, int StartVertex) Path(int vertex)
    {
        var hops = new List<(int From, ChArc Arc)>();
        var v = vertex;
        while (_parentVertex[v] >= 0)
        {
            var p = _parentVertex[v];
            // Forward: p -> v over Up(p). Backward: v -> p in driving order (the arc was stored reversed at p).
            hops.Add(_forward ? (p, _parentArc[v] with { Other = v }) : (v, _parentArc[v] with { Other = p }));
            v = p;
        }

        if (_forward)
        {
            hops.Reverse();
        }

        var edges = new List<int>();
        foreach (var (from, arc) in hops)
        {
            _ch.Unpack(from, arc, edges);
        }

        return (edges, v);
    }

    private void Improve(int vertex, double seconds, double metres, int parent, ChArc arc)
    {
        if (_stamp[vertex] != _current || seconds < _seconds[vertex] || (seconds == _seconds[vertex] && metres < _metres[vertex]))
        {
            var push = _stamp[vertex] != _current || seconds < _seconds[vertex];
            _stamp[vertex] = _current;
            _seconds[vertex] = seconds;
            _metres[vertex] = metres;
            _parentVertex[vertex] = parent;
            _parentArc[vertex] = arc;
            if (push)
            {
                _queue.Enqueue(vertex, seconds);
            }
        }
    }
}
