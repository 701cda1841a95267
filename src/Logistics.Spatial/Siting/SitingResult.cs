namespace Logistics.Spatial.Siting;

/// <summary>
/// The answer of <see cref="SitingSolver"/>: the chosen facilities, the objective value in the model's own sense
/// (total weighted distance for p-median, covered weight for maximal covering, number of new facilities for set
/// cover) and a proven bound on the optimum (lower for p-median and set cover, upper for maximal covering).
/// </summary>
public sealed class SitingResult
{
    internal SitingResult(
        SitingObjective objective,
        SitingStatus status,
        IReadOnlyList<int> openFacilities,
        IReadOnlyList<int> newFacilities,
        IReadOnlyList<int> assignment,
        long? value,
        long? bound,
        long openingCost,
        int iterations,
        long nodes,
        TimeSpan timeToBest,
        TimeSpan elapsed,
        SitingInfeasibility? infeasibility)
    {
        Objective = objective;
        Status = status;
        OpenFacilities = openFacilities;
        NewFacilities = newFacilities;
        Assignment = assignment;
        Value = value;
        Bound = bound;
        OpeningCost = openingCost;
        Iterations = iterations;
        Nodes = nodes;
        TimeToBest = timeToBest;
        Elapsed = elapsed;
        Infeasibility = infeasibility;
    }

    public SitingObjective Objective { get; }

    public SitingStatus Status { get; }

    /// <summary>Every open candidate (existing and new), by index, ascending.</summary>
    public IReadOnlyList<int> OpenFacilities { get; }

    /// <summary>The new candidates opened, by index, ascending.</summary>
    public IReadOnlyList<int> NewFacilities { get; }

    /// <summary>For each demand point, the open facility serving it (the nearest; -1 when none within the radius).</summary>
    public IReadOnlyList<int> Assignment { get; }

    /// <summary>The objective value of the solution, or null when there is none.</summary>
    public long? Value { get; }

    /// <summary>
    /// A proven bound on the optimum: no solution is better. Lower bound when minimising (p-median, set cover),
    /// upper bound when maximising (maximal covering). Null when the problem is infeasible.
    /// </summary>
    public long? Bound { get; }

    /// <summary>Total opening cost of the new facilities.</summary>
    public long OpeningCost { get; }

    /// <summary>
    /// Relative gap |value − bound| / max(1, |value|): the solution is at most this fraction worse than the optimum.
    /// Null when there is no solution.
    /// </summary>
    public double? Gap => SitingGap.Of(Value, Bound);

    /// <summary>Subgradient iterations done (root and nodes).</summary>
    public int Iterations { get; }

    /// <summary>Branch-and-bound nodes evaluated.</summary>
    public long Nodes { get; }

    /// <summary>Time from the start until the returned solution was found.</summary>
    public TimeSpan TimeToBest { get; }

    /// <summary>Total solve time.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Why there is no feasible solution, when <see cref="Status"/> is <see cref="SitingStatus.Infeasible"/>.</summary>
    public SitingInfeasibility? Infeasibility { get; }
}
