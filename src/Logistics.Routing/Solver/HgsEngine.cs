using Logistics.Routing.Problem;

namespace Logistics.Routing.Solver;

/// <summary>Our hybrid genetic search (<see cref="RoutingSolver"/>) behind the <see cref="IRoutingEngine"/> seam.</summary>
/// <param name="timeProvider">Clock for the time limit and the reported times; the system clock when null.</param>
public sealed class HgsEngine(TimeProvider? timeProvider = null) : IRoutingEngine
{
    public string Name => "hgs";

    public SolveResult Solve(ProblemData data, SolverOptions options, IProgress<ProgressReport>? progress = null, CancellationToken cancellationToken = default) =>
        RoutingSolver.Solve(data, options, progress, cancellationToken, timeProvider);
}
