using Logistics.Routing.Problem;
using Logistics.Routing.Solutions;

namespace Logistics.Routing.Solver;

/// <summary>The outcome of a solve.</summary>
/// <param name="Best">Best solution found (feasible if any feasible one was found).</param>
/// <param name="Unservable">Clients no vehicle can serve, with reasons; they are left out of the routes.</param>
/// <param name="Iterations">Genetic iterations performed (offspring educated, over all threads).</param>
/// <param name="Elapsed">Wall-clock time used.</param>
/// <param name="TimeToBest">When the returned solution was found.</param>
/// <param name="History">Improvements of the best solution over time.</param>
public sealed record SolveResult(
    Solution Best,
    IReadOnlyList<UnservableClient> Unservable,
    long Iterations,
    TimeSpan Elapsed,
    TimeSpan TimeToBest,
    IReadOnlyList<ProgressReport> History);
