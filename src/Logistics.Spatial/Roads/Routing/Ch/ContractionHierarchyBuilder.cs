using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing.Ch;

/// <summary>
/// Contracts a <see cref="RoadGraph"/> vertex by vertex. Order: lazy priority queue on
/// <c>shortcuts added − arcs removed + contracted neighbours</c> (edge difference plus deleted neighbours), ties by
/// vertex number (deterministic). Witness searches are Dijkstra searches from each in-neighbour that skip the
/// vertex being contracted, stop beyond the longest candidate path, and settle at most <see cref="WitnessSettleLimit"/>
/// vertices; a missed witness only adds an unneeded shortcut, never a wrong distance. Shortcut weights are sums of
/// integer seconds; lengths are carried along (the length of the path the shortcut stands for).
/// </summary>
internal sealed class ContractionHierarchyBuilder
{
    public const int WitnessSettleLimit = 500;

    private readonly int _n;
    private readonly List<ChArc>[] _out;
    private readonly List<ChArc>[] _in;
    private readonly bool[] _contracted;
    private readonly int[] _deletedNeighbours;
    private readonly double[] _witnessDist;
    private readonly int[] _witnessStamp;
    private readonly PriorityQueue<int, long> _witnessQueue = new();
    private readonly List<(int From, int To, int Seconds, int Metres)> _pending = [];
    private int _stamp;

    public ContractionHierarchyBuilder(RoadGraph graph)
    {
        _n = graph.VertexCount;
        _out = new List<ChArc>[_n];
        _in = new List<ChArc>[_n];
        for (var v = 0; v < _n; v++)
        {
            _out[v] = [];
            _in[v] = [];
        }

        for (var v = 0; v < _n; v++)
        {
            for (int e = graph.FirstEdge(v), end = graph.FirstEdge(v + 1); e < end; e++)
            {
                var w = graph.EdgeTarget(e);
                if (w != v)
                {
                    AddArc(v, w, graph.EdgeSeconds(e), graph.EdgeMetres(e), -1, e);
                }
            }
        }

        _contracted = new bool[_n];
        _deletedNeighbours = new int[_n];
        _witnessDist = new double[_n];
        _witnessStamp = new int[_n];
    }

    public long ShortcutsAdded { get; private set; }

    public ContractionHierarchy Build(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var rank = new int[_n];
        var up = new List<ChArc>[_n];
        var downReversed = new List<ChArc>[_n];
        var queue = new PriorityQueue<int, (int Priority, int Vertex)>();
        for (var v = 0; v < _n; v++)
        {
            queue.Enqueue(v, (Priority(v), v));
        }

        var next = 0;
        while (queue.TryDequeue(out var v, out _))
        {
            if ((next & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(next);
            }

            var priority = Priority(v);
            if (queue.TryPeek(out _, out var head) && (priority, v).CompareTo(head) > 0)
            {
                queue.Enqueue(v, (priority, v));
                continue;
            }

            // Contract v: its remaining arcs all lead to vertices contracted later (higher rank).
            FindShortcuts(v, apply: true);
            rank[v] = next++;
            _contracted[v] = true;
            up[v] = _out[v].Where(a => !_contracted[a.Other]).ToList();
            downReversed[v] = _in[v].Where(a => !_contracted[a.Other]).ToList();
            foreach (var a in up[v]) _deletedNeighbours[a.Other]++;
            foreach (var a in downReversed[v]) _deletedNeighbours[a.Other]++;
            _out[v] = [];
            _in[v] = [];
        }

        return ContractionHierarchy.FromArcs(rank, up, downReversed);
    }

    private int Priority(int v)
    {
        var shortcuts = FindShortcuts(v, apply: false);
        var removed = _in[v].Count(a => !_contracted[a.Other]) + _out[v].Count(a => !_contracted[a.Other]);
        return shortcuts - removed + _deletedNeighbours[v];
    }

    /// <summary>Counts (and with <paramref name="apply"/> adds) the shortcuts needed when <paramref name="v"/> is removed.</summary>
    private int FindShortcuts(int v, bool apply)
    {
        _pending.Clear();
        var outs = _out[v].Where(a => !_contracted[a.Other]).ToList();
        if (outs.Count == 0)
        {
            return 0;
        }

        var maxOut = outs.Max(a => a.Seconds);
        foreach (var inArc in _in[v])
        {
            var u = inArc.Other;
            if (_contracted[u])
            {
                continue;
            }

            WitnessSearch(u, v, inArc.Seconds + maxOut);
            foreach (var outArc in outs)
            {
                var x = outArc.Other;
                if (x == u)
                {
                    continue;
                }

                var via = inArc.Seconds + outArc.Seconds;
                if (_witnessStamp[x] == _stamp && _witnessDist[x] <= via)
                {
                    continue;
                }

                _pending.Add((u, x, via, inArc.Metres + outArc.Metres));
            }
        }

        if (apply)
        {
            foreach (var (from, to, seconds, metres) in _pending)
            {
                AddArc(from, to, seconds, metres, v, -1);
                ShortcutsAdded++;
            }
        }

        return _pending.Count;
    }

    private void WitnessSearch(int source, int skip, long limit)
    {
        _stamp++;
        _witnessQueue.Clear();
        _witnessStamp[source] = _stamp;
        _witnessDist[source] = 0;
        _witnessQueue.Enqueue(source, 0);
        var settled = 0;
        while (_witnessQueue.TryDequeue(out var v, out var d))
        {
            if (d > _witnessDist[v])
            {
                continue;
            }

            if (d > limit || ++settled > WitnessSettleLimit)
            {
                break;
            }

            foreach (var arc in _out[v])
            {
                var w = arc.Other;
                if (w == skip || _contracted[w])
                {
                    continue;
                }

                var nd = d + arc.Seconds;
                if (_witnessStamp[w] != _stamp || nd < _witnessDist[w])
                {
                    _witnessStamp[w] = _stamp;
                    _witnessDist[w] = nd;
                    _witnessQueue.Enqueue(w, nd);
                }
            }
        }
    }

    /// <summary>Adds or improves the arc from → to (parallel arcs keep the faster, then the shorter).</summary>
    private void AddArc(int from, int to, int seconds, int metres, int middle, int originalEdge)
    {
        var arc = new ChArc(to, seconds, metres, middle, originalEdge);
        var outs = _out[from];
        for (var i = 0; i < outs.Count; i++)
        {
            if (outs[i].Other == to)
            {
                if (seconds < outs[i].Seconds || (seconds == outs[i].Seconds && metres < outs[i].Metres))
                {
                    outs[i] = arc;
                    var ins = _in[to];
                    var j = ins.FindIndex(a => a.Other == from);
                    ins[j] = arc with { Other = from };
                }

                return;
            }
        }

        outs.Add(arc);
        _in[to].Add(arc with { Other = from });
    }
}
