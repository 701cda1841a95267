namespace Logistics.Planning.Periodic;

/// <summary>
/// A periodic solution: routes per day, and the customers left out on purpose (only customers on the depot, which a
/// route would reach at travel 0; Cordeau's p01 solution leaves its customer 51 out).
/// </summary>
public sealed record PeriodicSolution(IReadOnlyList<PeriodicRoute> Routes, IReadOnlyList<int> Omitted)
{
    /// <summary>The stated total in a solution file's cost line, when read from a file; null for our own.</summary>
    public double? StatedCost { get; init; }
}
