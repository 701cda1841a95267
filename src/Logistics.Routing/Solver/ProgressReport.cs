namespace Logistics.Routing.Solver;

/// <summary>A new best solution was found.</summary>
/// <param name="Elapsed">Time since the search started.</param>
/// <param name="Iteration">Genetic iteration at which it was found.</param>
/// <param name="Cost">Its cost (true cost; penalised if <paramref name="Feasible"/> is false).</param>
/// <param name="Feasible">Whether it is feasible.</param>
public sealed record ProgressReport(TimeSpan Elapsed, long Iteration, long Cost, bool Feasible);
