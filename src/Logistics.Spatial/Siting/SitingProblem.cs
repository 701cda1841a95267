namespace Logistics.Spatial.Siting;

/// <summary>
/// An immutable, validated siting problem: demand points with weights (e.g. population), candidate facilities
/// with an opening cost and an "existing" flag (existing facilities are always open and count neither towards the
/// facility count nor the budget), a complete demand × candidate matrix of non-negative integer distances (metres,
/// seconds or any one unit), and the model parameters. Build it with <see cref="SitingProblemBuilder"/>.
/// </summary>
public sealed class SitingProblem
{
    private readonly long[] _weights;
    private readonly long[] _openingCosts;
    private readonly bool[] _existing;
    private readonly int[] _distances;

    internal SitingProblem(
        SitingObjective objective,
        IReadOnlyList<string> demandNames,
        long[] weights,
        IReadOnlyList<string> candidateNames,
        long[] openingCosts,
        bool[] existing,
        int[] distances,
        int? facilityCount,
        long? budget,
        int? coverageRadius)
    {
        Objective = objective;
        DemandNames = demandNames;
        _weights = weights;
        CandidateNames = candidateNames;
        _openingCosts = openingCosts;
        _existing = existing;
        _distances = distances;
        FacilityCount = facilityCount;
        Budget = budget;
        CoverageRadius = coverageRadius;
    }

    public SitingObjective Objective { get; }

    public int DemandCount => _weights.Length;

    public int CandidateCount => _openingCosts.Length;

    public IReadOnlyList<string> DemandNames { get; }

    public IReadOnlyList<string> CandidateNames { get; }

    /// <summary>Maximum number of new facilities (p-median, maximal covering); null for set cover.</summary>
    public int? FacilityCount { get; }

    /// <summary>Optional limit on the total opening cost of the new facilities.</summary>
    public long? Budget { get; }

    /// <summary>Coverage threshold (same unit as the distances) for maximal covering and set cover; null otherwise.</summary>
    public int? CoverageRadius { get; }

    public long Weight(int demand) => _weights[demand];

    public long OpeningCost(int candidate) => _openingCosts[candidate];

    public bool IsExisting(int candidate) => _existing[candidate];

    public int Distance(int demand, int candidate) => _distances[(demand * CandidateCount) + candidate];

    /// <summary>Whether an open <paramref name="candidate"/> covers <paramref name="demand"/> (distance ≤ radius).</summary>
    public bool Covers(int demand, int candidate) =>
        CoverageRadius is { } radius && Distance(demand, candidate) <= radius;

    internal ReadOnlySpan<int> DistanceRow(int demand) => _distances.AsSpan(demand * CandidateCount, CandidateCount);

    internal ReadOnlySpan<long> Weights => _weights;

    internal ReadOnlySpan<long> OpeningCosts => _openingCosts;

    internal ReadOnlySpan<bool> Existing => _existing;

    /// <summary>
    /// The same problem over the candidates in <paramref name="keep"/> only (ascending indexes; new index k is
    /// <paramref name="keep"/>[k]), with the same demand points, parameters and distances.
    /// </summary>
    internal SitingProblem Subset(IReadOnlyList<int> keep)
    {
        int m = keep.Count;
        var costs = new long[m];
        var existing = new bool[m];
        var names = new string[m];
        var distances = new int[DemandCount * m];
        for (int k = 0; k < m; k++)
        {
            int j = keep[k];
            costs[k] = _openingCosts[j];
            existing[k] = _existing[j];
            names[k] = CandidateNames[j];
            for (int i = 0; i < DemandCount; i++)
            {
                distances[(i * m) + k] = Distance(i, j);
            }
        }

        return new SitingProblem(Objective, DemandNames, _weights, names, costs, existing, distances, FacilityCount, Budget, CoverageRadius);
    }
}
