using Logistics.Routing.Benchmarks;
using Logistics.Routing.Solver;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Solver;

/// <summary>Short solves of real instances (iteration-limited): feasible, and the cost checks out independently.</summary>
public class RealInstanceTests
{
    [Theory]
    [InlineData("cvrp/X/X-n101-k25.vrp")]
    [InlineData("vrptw/solomon/C101.txt")]
    [InlineData("vrpspd/dethloff/SCA3-0.vrpspd")]
    public void Short_solve_is_feasible_and_recosts(string relative)
    {
        var inst = BenchmarkReader.Read(SharedData.FileOrSkip(relative));
        var result = RoutingSolver.Solve(inst.Data, new SolverOptions { Seed = 1, MaxIterations = 60 }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Best.IsFeasible);
        Assert.Empty(result.Unservable);
        Assert.Equal(result.Best.Cost, ReferenceEvaluator.SolutionCost(inst.Data, result.Best.Routes.Select(r => (r.VehicleType, r.Clients))));
    }
}
