namespace Logistics.Spatial.Siting;

/// <summary>How far a siting solve got.</summary>
public enum SitingStatus
{
    /// <summary>The solution is proven optimal: its value equals the bound.</summary>
    Optimal,

    /// <summary>A feasible solution was found; the bound limits how much better the optimum can be.</summary>
    Feasible,

    /// <summary>The problem has no feasible solution; <see cref="SitingResult.Infeasibility"/> says why.</summary>
    Infeasible,

    /// <summary>No feasible solution was found before the time limit or cancellation, and none was ruled out.</summary>
    NoSolutionFound,
}
