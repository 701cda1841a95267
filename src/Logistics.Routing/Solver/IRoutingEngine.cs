using Logistics.Routing.Problem;

namespace Logistics.Routing.Solver;

/// <summary>
/// A routing engine: solves a <see cref="ProblemData"/> into a <see cref="SolveResult"/> (best solution, unservable
/// clients with reasons, time to best). Ours is <see cref="HgsEngine"/>; adapters to outside solvers (OR-Tools) live in
/// their own assemblies and implement this seam, so the planner and the hosts can take either.
/// </summary>
public interface IRoutingEngine
{
    /// <summary>Short name used on the command line and in reports, e.g. <c>hgs</c>, <c>ortools</c>.</summary>
    string Name { get; }

    /// <summary>Solves <paramref name="data"/> within the budget of <paramref name="options"/>.</summary>
    /// <exception cref="NotSupportedException">The engine cannot express the problem or the options exactly (message in Chinese and English).</exception>
    SolveResult Solve(
        ProblemData data,
        SolverOptions options,
        IProgress<ProgressReport>? progress = null,
        CancellationToken cancellationToken = default);
}
