namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// Strongly connected components of a <see cref="RoadGraph"/> (iterative Tarjan). Sites snapped to a small component
/// (a private estate's access cut off, a oneway stub, an island in the extract) cannot reach the rest, so the router
/// prefers the largest component when it is nearly as close.
/// </summary>
public sealed class RoadComponents
{
    private readonly int[] _component;

    public RoadComponents(RoadGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        _component = new int[n];
        Array.Fill(_component, -1);
        var index = new int[n];
        var low = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var call = new Stack<(int Vertex, int NextEdge)>();
        var counter = 0;
        var sizes = new List<int>();
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            call.Push((root, graph.FirstEdge(root)));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (call.Count > 0)
            {
                var (v, e) = call.Pop();
                if (e < graph.FirstEdge(v + 1))
                {
                    call.Push((v, e + 1));
                    var w = graph.EdgeTarget(e);
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        call.Push((w, graph.FirstEdge(w)));
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    var id = sizes.Count;
                    var size = 0;
                    int x;
                    do
                    {
                        x = stack.Pop();
                        onStack[x] = false;
                        _component[x] = id;
                        size++;
                    }
                    while (x != v);
                    sizes.Add(size);
                }

                if (call.Count > 0)
                {
                    var parent = call.Peek().Vertex;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        Count = sizes.Count;
        LargestSize = sizes.Count == 0 ? 0 : sizes.Max();
        Largest = sizes.IndexOf(LargestSize);
    }

    public int Count { get; }

    /// <summary>The id of the largest component (-1 for an empty graph).</summary>
    public int Largest { get; }

    public int LargestSize { get; }

    public int Component(int vertex) => _component[vertex];

    public bool InLargest(int vertex) => _component[vertex] == Largest;
}
