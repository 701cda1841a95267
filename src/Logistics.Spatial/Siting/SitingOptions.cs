namespace Logistics.Spatial.Siting;

/// <summary>
/// Limits and settings for <see cref="SitingSolver"/>. With the same options the solve is deterministic as long as
/// the time limit is not what stops it (the iteration and node limits are counted, not timed).
/// </summary>
public sealed record SitingOptions
{
    /// <summary>Wall-clock limit for the whole solve; the best solution and bound so far are returned.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed of the one random generator (used by the perturbation phase only).</summary>
    public int Seed { get; init; } = 12345;

    /// <summary>Maximum subgradient iterations at the root.</summary>
    public int MaxRootIterations { get; init; } = 3000;

    /// <summary>
    /// Perturbation rounds (shake + local search) in a row without improvement after which the improvement phase
    /// stops; 0 skips the phase.
    /// </summary>
    public int MaxNonImprovingShakes { get; init; } = 100;

    /// <summary>Whether to run Lagrangian branch and bound after the root to close the gap.</summary>
    public bool UseBranchAndBound { get; init; } = true;

    /// <summary>Maximum branch-and-bound nodes.</summary>
    public long MaxNodes { get; init; } = 200_000;

    /// <summary>Subgradient iterations at each branch-and-bound node (warm-started from the parent).</summary>
    public int NodeIterations { get; init; } = 40;

    /// <summary>The clock used for the time limit and the reported times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
