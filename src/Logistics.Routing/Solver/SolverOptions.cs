using Logistics.Routing.Genetic;

namespace Logistics.Routing.Solver;

/// <summary>How long and how the solver searches. At least one of <see cref="TimeLimit"/> and <see cref="MaxIterations"/> should be set (or a cancellation token used).</summary>
public sealed record SolverOptions
{
    /// <summary>Seed of the random number generator: same seed, same data and an iteration limit give the same answer.</summary>
    public int Seed { get; init; } = 1;

    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Maximum number of genetic iterations (offspring), initial population included.</summary>
    public long? MaxIterations { get; init; }

    /// <summary>
    /// Offspring educated in parallel in one genetic search (one local search per thread). The answer depends on the
    /// seed and the thread count, not on timing (with an iteration limit). Progress is reported from the calling thread.
    /// </summary>
    public int Threads { get; init; } = 1;

    public GeneticParameters Parameters { get; init; } = new();
}
