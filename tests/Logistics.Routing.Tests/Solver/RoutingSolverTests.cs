using Logistics.Routing.Solver;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Solver;

public class RoutingSolverTests
{
    [Theory]
    [InlineData(Variant.Vrptw)]
    [InlineData(Variant.HeterogeneousFixedCost)]
    [InlineData(Variant.Prizes)]
    public void Same_seed_gives_the_same_solution(Variant variant)
    {
        var data = RandomInstances.Create(variant, 30, 7);
        var options = new SolverOptions { Seed = 42, MaxIterations = 200 };
        var a = RoutingSolver.Solve(data, options, cancellationToken: TestContext.Current.CancellationToken);
        var b = RoutingSolver.Solve(data, options, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(a.Best.Cost, b.Best.Cost);
        Assert.Equal(
            a.Best.Routes.Select(r => (r.VehicleType, string.Join(',', r.Clients))),
            b.Best.Routes.Select(r => (r.VehicleType, string.Join(',', r.Clients))));
        Assert.Equal(a.Iterations, b.Iterations);
    }

    [Theory]
    [InlineData(Variant.Cvrp)]
    [InlineData(Variant.Vrptw)]
    [InlineData(Variant.Vrpspd)]
    [InlineData(Variant.MultiDepot)]
    [InlineData(Variant.MaxDuration)]
    [InlineData(Variant.MultiWindow)]
    [InlineData(Variant.TwoDimensions)]
    public void Reported_cost_equals_independent_recomputation(Variant variant)
    {
        var data = RandomInstances.Create(variant, 40, 3);
        var result = RoutingSolver.Solve(data, new SolverOptions { Seed = 5, MaxIterations = 150 }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Best.IsFeasible);
        Assert.Equal(result.Best.Cost, ReferenceEvaluator.SolutionCost(data, result.Best.Routes.Select(r => (r.VehicleType, r.Clients))));
        Assert.Equal(data.NumClients, result.Best.Routes.Sum(r => r.Clients.Count) + result.Best.Unvisited.Count);
    }

    [Fact]
    public void Progress_is_reported_and_cancellation_stops_the_search()
    {
        var data = RandomInstances.Create(Variant.Cvrp, 40, 1);
        using var cts = new CancellationTokenSource();
        var reports = new List<ProgressReport>();
        var progress = new SynchronousProgress(r =>
        {
            reports.Add(r);
            cts.Cancel();
        });
        var result = RoutingSolver.Solve(data, new SolverOptions { MaxIterations = 1_000_000 }, progress, cts.Token);
        Assert.True(result.Iterations < 1_000_000);
        Assert.Single(reports);
        Assert.Equal(reports, result.History);
        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void Two_threads_return_a_feasible_solution_that_depends_on_the_seed_only()
    {
        var data = RandomInstances.Create(Variant.Cvrp, 25, 2);
        var options = new SolverOptions { MaxIterations = 121, Threads = 2 };
        var result = RoutingSolver.Solve(data, options, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Best.IsFeasible);
        Assert.Equal(121, result.Iterations);
        Assert.Equal(result.Best.Cost, ReferenceEvaluator.SolutionCost(data, result.Best.Routes.Select(r => (r.VehicleType, r.Clients))));

        // Parallel education adds the offspring in a fixed order: the same seed gives the same routes.
        for (int run = 0; run < 3; run++)
        {
            var again = RoutingSolver.Solve(data, options, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(
                result.Best.Routes.Select(r => string.Join(',', r.Clients)),
                again.Best.Routes.Select(r => string.Join(',', r.Clients)));
            Assert.Equal(result.History.Select(h => (h.Iteration, h.Cost)), again.History.Select(h => (h.Iteration, h.Cost)));
        }
    }

    private sealed class SynchronousProgress(Action<ProgressReport> action) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value) => action(value);
    }
}
