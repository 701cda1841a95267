using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>
/// Plain Dijkstra on the road graph with reusable arrays (version stamps, no clearing). Labels are seconds (double,
/// because the start legs are partial segments); ties are broken by the shorter length. Not thread-safe: one per thread.
/// </summary>
internal sealed class DijkstraSearch
{
    private readonly RoadGraph _graph;
    private readonly double[] _seconds;
    private readonly double[] _metres;
    private readonly int[] _parentEdge;
    private readonly int[] _stamp;
    private readonly int[] _targetStamp;
    private readonly PriorityQueue<int, double> _queue = new();
    private int _current;

    public DijkstraSearch(RoadGraph graph)
    {
        _graph = graph;
        _seconds = new double[graph.VertexCount];
        _metres = new double[graph.VertexCount];
        _parentEdge = new int[graph.VertexCount];
        _stamp = new int[graph.VertexCount];
        _targetStamp = new int[graph.VertexCount];
    }

    public long SettledCount { get; private set; }

    /// <summary>Runs from the start legs until every vertex in <paramref name="targets"/> is settled (all vertices when null).</summary>
    public void Run(IEnumerable<EndpointLeg> starts, IEnumerable<int>? targets, CancellationToken cancellationToken = default)
    {
        _current++;
        _queue.Clear();
        var remaining = int.MaxValue;
        if (targets is not null)
        {
            remaining = 0;
            foreach (var t in targets)
            {
                if (_targetStamp[t] != _current)
                {
                    _targetStamp[t] = _current;
                    remaining++;
                }
            }
        }

        foreach (var leg in starts)
        {
            Improve(leg.Vertex, leg.Seconds, leg.Metres, -1);
        }

        var settledHere = 0L;
        while (remaining > 0 && _queue.TryDequeue(out var v, out var key))
        {
            if (key > _seconds[v])
            {
                continue; // stale entry
            }

            if ((++settledHere & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_targetStamp[v] == _current)
            {
                _targetStamp[v] = 0;
                remaining--;
            }

            for (int e = _graph.FirstEdge(v), end = _graph.FirstEdge(v + 1); e < end; e++)
            {
                Improve(_graph.EdgeTarget(e), key + _graph.EdgeSeconds(e), _metres[v] + _graph.EdgeMetres(e), e);
            }
        }

        SettledCount += settledHere;
    }

    public bool Reached(int vertex) => _stamp[vertex] == _current;

    public double Seconds(int vertex) => Reached(vertex) ? _seconds[vertex] : double.PositiveInfinity;

    public double Metres(int vertex) => Reached(vertex) ? _metres[vertex] : double.PositiveInfinity;

    /// <summary>The edge by which the best path enters <paramref name="vertex"/>, or -1 at a start vertex.</summary>
    public int ParentEdge(int vertex) => _parentEdge[vertex];

    private void Improve(int vertex, double seconds, double metres, int edge)
    {
        if (_stamp[vertex] != _current || seconds < _seconds[vertex] || (seconds == _seconds[vertex] && metres < _metres[vertex]))
        {
            var pushed = _stamp[vertex] != _current || seconds < _seconds[vertex];
            _stamp[vertex] = _current;
            _seconds[vertex] = seconds;
            _metres[vertex] = metres;
            _parentEdge[vertex] = edge;
            if (pushed)
            {
                _queue.Enqueue(vertex, seconds);
            }
        }
    }
}
