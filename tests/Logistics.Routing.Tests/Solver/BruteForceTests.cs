using Logistics.Routing.Solver;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Solver;

public class BruteForceTests
{
    public static TheoryData<Variant, int> Cases()
    {
        var data = new TheoryData<Variant, int>();
        foreach (var v in Enum.GetValues<Variant>())
        {
            data.Add(v, 1);
            data.Add(v, 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solver_matches_the_brute_force_optimum_on_tiny_instances(Variant variant, int seed)
    {
        var data = RandomInstances.Create(variant, 7, seed);
        long? optimum = BruteForce.Optimum(data);
        Assert.NotNull(optimum);

        var result = RoutingSolver.Solve(data, new SolverOptions { Seed = 1, MaxIterations = 500 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Best.IsFeasible);
        Assert.Empty(result.Unservable);
        Assert.Equal(optimum.Value, result.Best.Cost);
        long? reference = ReferenceEvaluator.SolutionCost(data, result.Best.Routes.Select(r => (r.VehicleType, r.Clients)));
        Assert.Equal(result.Best.Cost, reference);
    }
}
