using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing.Ch;

/// <summary>
/// A contraction hierarchy over a <see cref="RoadGraph"/>: each vertex has a rank; <em>upward</em> arcs go to
/// higher-ranked vertices. A shortest path is found by a forward search over upward arcs from the source and a
/// backward search over upward arcs (reversed) from the target; they meet at the path's highest vertex.
/// Many-to-many tables use buckets: each target's backward search space is stored at its vertices, then each
/// source's forward search scans the buckets (Knopp et al. 2007). Shortcuts unpack recursively into road edges.
/// Build with <see cref="Build"/>; save and load with <see cref="RoadGraphFile"/>.
/// </summary>
public sealed class ContractionHierarchy
{
    // CSR: upward arcs out of v (v -> higher), and upward arcs into v reversed (higher -> v, stored at v).
    private readonly int[] _rank;
    private readonly int[] _upFirst;
    private readonly ChArc[] _up;
    private readonly int[] _downFirst;
    private readonly ChArc[] _down;

    private ContractionHierarchy(int[] rank, int[] upFirst, ChArc[] up, int[] downFirst, ChArc[] down)
    {
        _rank = rank;
        _upFirst = upFirst;
        _up = up;
        _downFirst = downFirst;
        _down = down;
    }

    public int VertexCount => _rank.Length;

    /// <summary>Number of arcs (original edges and shortcuts) in both directions.</summary>
    public int ArcCount => _up.Length + _down.Length;

    public int ShortcutCount => _up.Count(a => a.OriginalEdge < 0) + _down.Count(a => a.OriginalEdge < 0);

    public int Rank(int vertex) => _rank[vertex];

    /// <summary>Contracts the graph (seconds are the weight).</summary>
    public static ContractionHierarchy Build(RoadGraph graph, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new ContractionHierarchyBuilder(graph).Build(progress, cancellationToken);
    }

    internal static ContractionHierarchy FromArcs(int[] rank, List<ChArc>[] up, List<ChArc>[] downReversed)
    {
        var (upFirst, upArcs) = ToCsr(up);
        var (downFirst, downArcs) = ToCsr(downReversed);
        return new ContractionHierarchy(rank, upFirst, upArcs, downFirst, downArcs);
    }

    internal static ContractionHierarchy FromArrays(int[] rank, int[] upFirst, ChArc[] up, int[] downFirst, ChArc[] down) =>
        new(rank, upFirst, up, downFirst, down);

    internal (int[] Rank, int[] UpFirst, ChArc[] Up, int[] DownFirst, ChArc[] Down) Arrays => (_rank, _upFirst, _up, _downFirst, _down);

    internal ReadOnlySpan<ChArc> Up(int vertex) => _up.AsSpan(_upFirst[vertex], _upFirst[vertex + 1] - _upFirst[vertex]);

    internal ReadOnlySpan<ChArc> DownReversed(int vertex) => _down.AsSpan(_downFirst[vertex], _downFirst[vertex + 1] - _downFirst[vertex]);

    /// <summary>Appends the road-graph edges of the arc <paramref name="from"/> → <paramref name="arc"/>.Other, in driving order.</summary>
    internal void Unpack(int from, ChArc arc, List<int> edges)
    {
        if (arc.OriginalEdge >= 0)
        {
            edges.Add(arc.OriginalEdge);
            return;
        }

        var middle = arc.Middle;
        // from -> middle is an upward arc into middle (stored reversed at middle); middle -> to is upward out of middle.
        Unpack(from, FindArc(DownReversed(middle), from) with { Other = middle }, edges);
        Unpack(middle, FindArc(Up(middle), arc.Other), edges);
    }

    private static ChArc FindArc(ReadOnlySpan<ChArc> arcs, int other)
    {
        foreach (var a in arcs)
        {
            if (a.Other == other)
            {
                return a;
            }
        }

        throw new InvalidOperationException($"Contraction hierarchy is inconsistent: no arc to vertex {other}.");
    }

    private static (int[] First, ChArc[] Arcs) ToCsr(List<ChArc>[] lists)
    {
        var first = new int[lists.Length + 1];
        for (var v = 0; v < lists.Length; v++)
        {
            first[v + 1] = first[v] + lists[v].Count;
        }

        var arcs = new ChArc[first[^1]];
        for (var v = 0; v < lists.Length; v++)
        {
            lists[v].CopyTo(arcs, first[v]);
        }

        return (first, arcs);
    }
}
