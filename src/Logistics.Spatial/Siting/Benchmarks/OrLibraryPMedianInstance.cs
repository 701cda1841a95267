namespace Logistics.Spatial.Siting.Benchmarks;

/// <summary>
/// One OR-Library p-median instance (Beasley's pmed1–pmed40) after the shortest-path closure: every vertex is a
/// client of weight 1 and a candidate median.
/// </summary>
public sealed class OrLibraryPMedianInstance
{
    private readonly int[] _distances;

    internal OrLibraryPMedianInstance(string name, int vertexCount, int edgeLineCount, int medianCount, int[] distances)
    {
        Name = name;
        VertexCount = vertexCount;
        EdgeLineCount = edgeLineCount;
        MedianCount = medianCount;
        _distances = distances;
    }

    public string Name { get; }

    public int VertexCount { get; }

    public int EdgeLineCount { get; }

    /// <summary>p, the number of medians to open.</summary>
    public int MedianCount { get; }

    /// <summary>Shortest-path distance between 0-based vertices.</summary>
    public int Distance(int from, int to) => _distances[(from * VertexCount) + to];

    /// <summary>The p-median siting problem: vertices named 1..n, weight 1, opening cost 1, no budget.</summary>
    public SitingProblem ToProblem()
    {
        var builder = new SitingProblemBuilder(SitingObjective.PMedian) { FacilityCount = MedianCount };
        for (int v = 0; v < VertexCount; v++)
        {
            string label = (v + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.AddDemand(label, 1);
            builder.AddCandidate(label);
        }

        var matrix = new int[VertexCount, VertexCount];
        for (int a = 0; a < VertexCount; a++)
        {
            for (int b = 0; b < VertexCount; b++)
            {
                matrix[a, b] = _distances[(a * VertexCount) + b];
            }
        }

        return builder.SetDistances(matrix).Build();
    }
}
