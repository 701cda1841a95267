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
    /// Independent searches run in parallel (seeds <c>Seed + 7919 k</c>); the best result is returned. With more than one
    /// thread, progress may be reported from several threads at once.
    /// </summary>
    public int Threads { get; init; } = 1;

    public GeneticParameters Parameters { get; init; } = new();
}
