namespace Logistics.Spatial.Siting;

/// <summary>
/// The answer of <see cref="TwoLevelSitingSolver"/>. <see cref="Value"/>, <see cref="Bound"/> and <see cref="Gap"/>
/// are in the outlet objective's own sense (covered weight, weighted distance or new outlets, as in
/// <see cref="SitingResult"/>); the bound is proven for the whole two-level problem. The centre figures are the
/// second objective (Σ served weight × outlet–centre distance) for the chosen outlets.
/// </summary>
public sealed class TwoLevelSitingResult
{
    public required SitingStatus Status { get; init; }

    /// <summary>Every open outlet (indexes of the outlet problem's candidates, existing ones included), ascending.</summary>
    public IReadOnlyList<int> OpenOutlets { get; init; } = [];

    /// <summary>The new outlets opened, ascending.</summary>
    public IReadOnlyList<int> NewOutlets { get; init; } = [];

    /// <summary>Every open centre (existing ones included), ascending.</summary>
    public IReadOnlyList<int> OpenCentres { get; init; } = [];

    /// <summary>The new centres opened, ascending.</summary>
    public IReadOnlyList<int> NewCentres { get; init; } = [];

    /// <summary>For each demand point, the nearest open outlet (−1 when none is open); coverage is <see cref="SitingProblem.Covers"/>.</summary>
    public IReadOnlyList<int> DemandOutlet { get; init; } = [];

    /// <summary>For each outlet candidate, the open centre serving it (−1 when the outlet is not open).</summary>
    public IReadOnlyList<int> OutletCentre { get; init; } = [];

    /// <summary>For each outlet candidate, the weight of the demand points it serves (0 when not open).</summary>
    public IReadOnlyList<long> OutletWeight { get; init; } = [];

    /// <summary>The outlet objective of the solution, or null when there is none.</summary>
    public long? Value { get; init; }

    /// <summary>A proven bound on the two-level optimum of the outlet objective (upper for maximal covering, lower otherwise).</summary>
    public long? Bound { get; init; }

    /// <summary>|value − bound| / max(1, |value|), or null.</summary>
    public double? Gap => SitingGap.Of(Value, Bound);

    /// <summary>Σ served weight × outlet–centre distance of the chosen centres.</summary>
    public long? CentreValue { get; init; }

    /// <summary>A proven lower bound on <see cref="CentreValue"/> for the chosen outlets.</summary>
    public long? CentreBound { get; init; }

    public double? CentreGap => SitingGap.Of(CentreValue, CentreBound);

    public long OutletOpeningCost { get; init; }

    public long CentreOpeningCost { get; init; }

    /// <summary>Branch-and-bound nodes over the centre sets (0 when no outlet–centre limit couples the levels).</summary>
    public long Nodes { get; init; }

    /// <summary>Outlet-level solves done (one per node, plus the first).</summary>
    public int OutletSolves { get; init; }

    public TimeSpan TimeToBest { get; init; }

    public TimeSpan Elapsed { get; init; }

    public SitingInfeasibility? Infeasibility { get; init; }
}
