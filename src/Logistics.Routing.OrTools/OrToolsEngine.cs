using Google.OrTools.ConstraintSolver;
using Google.Protobuf.WellKnownTypes;
using Logistics.Routing.Problem;
using Logistics.Routing.Solutions;
using Logistics.Routing.Solver;

namespace Logistics.Routing.OrTools;

/// <summary>
/// Google OR-Tools' routing library (constraint solver, guided local search) behind the <see cref="IRoutingEngine"/>
/// seam. The model (<see cref="OrToolsModel"/>) is exact: every constraint of <see cref="ProblemData"/> is stated as
/// such, and what cannot be stated is refused (<see cref="OrToolsUnsupportedException"/>). Clients that no vehicle can
/// serve alone are screened out with the same reasons as our engine (<see cref="FeasibilityScreen"/>); the routes found
/// are evaluated by our <see cref="Solution.Evaluate"/>, so costs and feasibility mean the same for both engines.
/// <para>Budget: <see cref="SolverOptions.TimeLimit"/> is OR-Tools' time limit (guided local search until then);
/// <see cref="SolverOptions.MaxIterations"/> switches to greedy descent, which stops at its first local optimum or after
/// that many accepted solutions (not genetic offspring); cancellation cancels the search. OR-Tools' routing search has no random seed (it is deterministic up to the time limit), so
/// <see cref="SolverOptions.Seed"/> has no effect; it is single-threaded, so <see cref="SolverOptions.Threads"/> must
/// be 1. <see cref="SolveResult.Iterations"/> counts the solutions it found.</para>
/// </summary>
/// <param name="timeProvider">Clock for the reported times; the system clock when null (OR-Tools keeps its own clock for its limit).</param>
public sealed class OrToolsEngine(TimeProvider? timeProvider = null) : IRoutingEngine
{
    public string Name => "ortools";

    public SolveResult Solve(ProblemData data, SolverOptions options, IProgress<ProgressReport>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var time = timeProvider ?? TimeProvider.System;
        long started = time.GetTimestamp();
        TimeSpan Elapsed() => time.GetElapsedTime(started);

        var reasons = new List<string>();
        if (options.Threads != 1)
        {
            reasons.Add($"OR-Tools 路径搜索是单线程的，请用 1 个线程（请求 {options.Threads} 个）。/ OR-Tools' routing search is single-threaded: use 1 thread ({options.Threads} asked).");
        }

        if (options.TimeLimit is null && options.MaxIterations is null && !cancellationToken.CanBeCanceled)
        {
            reasons.Add("没有时间上限、迭代上限或取消令牌，OR-Tools 的引导局部搜索不会停止。/ Without a time limit, an iteration limit or a cancellation token OR-Tools' guided local search never stops.");
        }

        var unservable = FeasibilityScreen.Check(data);
        using var model = OrToolsModel.Build(data, unservable, reasons);
        if (reasons.Count > 0)
        {
            throw new OrToolsUnsupportedException(reasons);
        }

        var parameters = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        // Path cheapest arc builds tours greedily arc by arc: fine when only capacity binds, but on Solomon R101 it found
        // no solution at all in 5 s; parallel cheapest insertion finds one at once wherever windows, limits or two-way
        // loads constrain the order.
        parameters.FirstSolutionStrategy = model.OrderConstrained
            ? FirstSolutionStrategy.Types.Value.ParallelCheapestInsertion
            : FirstSolutionStrategy.Types.Value.PathCheapestArc;
        // Guided local search never stops by itself (on a one-stop problem it finds no second solution and runs to the
        // time limit), so it runs only under a pure time limit. With an iteration limit the search is greedy descent:
        // it stops at the first local optimum or after that many accepted solutions, whichever comes first.
        parameters.LocalSearchMetaheuristic = options.MaxIterations is null
            ? LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch
            : LocalSearchMetaheuristic.Types.Value.GreedyDescent;
        if (options.TimeLimit is { } limit)
        {
            var left = limit - Elapsed();
            parameters.TimeLimit = Duration.FromTimeSpan(left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1));
        }

        if (options.MaxIterations is { } iterations)
        {
            parameters.SolutionLimit = Math.Max(1, iterations);
        }

        var routing = model.Routing;
        var history = new List<ProgressReport>();
        long solutions = 0;
        long bestCost = long.MaxValue;
        var timeToBest = TimeSpan.Zero;
        routing.AddAtSolutionCallback(() =>
        {
            solutions++;
            long cost = routing.CostVar().Value();
            if (cost < bestCost)
            {
                bestCost = cost;
                timeToBest = Elapsed();
                var report = new ProgressReport(timeToBest, solutions, cost, true);
                history.Add(report);
                progress?.Report(report);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                routing.CancelSearch();
            }
        });

        Assignment? assignment;
        using (cancellationToken.Register(routing.CancelSearch))
        {
            assignment = cancellationToken.IsCancellationRequested ? null : routing.SolveWithParameters(parameters);
        }

        var best = Solution.Evaluate(data, assignment is null ? [] : model.Routes(assignment));
        return new SolveResult(best, unservable, solutions, Elapsed(), timeToBest, history);
    }
}
