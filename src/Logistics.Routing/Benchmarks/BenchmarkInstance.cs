using Logistics.Routing.Problem;

namespace Logistics.Routing.Benchmarks;

/// <summary>A benchmark instance converted to <see cref="ProblemData"/>.</summary>
/// <param name="Name">File name without extension (the key of <c>bks.csv</c>).</param>
/// <param name="Format">Source format.</param>
/// <param name="Data">The problem, in integer units.</param>
/// <param name="CostScale">Internal cost divided by this gives the family's published units (1 or 10 000).</param>
/// <param name="ClientNumbers">For each 0-based client, its number as the family's solution files write it.</param>
public sealed record BenchmarkInstance(
    string Name,
    BenchmarkFormat Format,
    ProblemData Data,
    double CostScale,
    IReadOnlyList<int> ClientNumbers)
{
    /// <summary>Converts an internal cost to published units.</summary>
    public double Published(long cost) => cost / CostScale;
}
