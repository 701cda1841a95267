using Logistics.Spatial.Siting;
using Logistics.Spatial.Siting.Benchmarks;
using Logistics.Spatial.Tests.Siting;
using Logistics.Tests.Shared;

namespace Logistics.Spatial.OrTools.Tests;

public sealed class MipSitingSolverTests
{
    private static readonly SitingOptions Exact = new() { TimeLimit = TimeSpan.FromMinutes(1), MaxRootIterations = 300 };

    public static TheoryData<SitingObjective, bool, bool> Variants() => RandomSitingInstances.Variants();

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_mip_our_solver_and_brute_force_agree_on_small_instances(SitingObjective objective, bool existing, bool budget)
    {
        for (int seed = 1; seed <= 10; seed++)
        {
            var problem = RandomSitingInstances.Create(objective, seed, existing, budget);
            long? optimum = BruteForceSiting.Optimum(problem);
            var mip = MipSitingSolver.Solve(problem, TimeSpan.FromSeconds(30));
            var ours = SitingSolver.Solve(problem, Exact, null, TestContext.Current.CancellationToken);
            Assert.Equal(optimum, mip.Value);
            Assert.Equal(optimum, ours.Value);
            if (optimum is not null)
            {
                Assert.Equal(SitingStatus.Optimal, mip.Status);
                Assert.Equal(optimum, BruteForceSiting.Value(problem, Open(problem.CandidateCount, mip.OpenFacilities)));
            }
        }
    }

    [Theory]
    [InlineData(SitingObjective.MaximalCovering)]
    [InlineData(SitingObjective.PMedian)]
    [InlineData(SitingObjective.SetCover)]
    public void The_two_level_mip_reaches_our_two_level_optimum(SitingObjective objective)
    {
        for (int seed = 1; seed <= 10; seed++)
        {
            var problem = RandomTwoLevelInstances.Create(objective, seed, withExisting: seed % 2 == 0, withBudget: seed % 3 == 0, withLimit: true);
            var mip = MipSitingSolver.Solve(problem, TimeSpan.FromSeconds(30));
            var ours = TwoLevelSitingSolver.Solve(problem, Exact, TestContext.Current.CancellationToken);
            Assert.Equal(BruteForceTwoLevel.Optimum(problem), mip.Value);
            Assert.Equal(mip.Value, ours.Value);
        }
    }

    [Fact]
    public void On_pmed1_the_mip_proves_the_published_optimum_that_our_solver_reaches()
    {
        var path = SharedPaths.RequireFile("benchmarks/pmedian", "pmed1.txt");
        var problem = OrLibraryPMedianReader.ReadFile(path).ToProblem();
        var mip = MipSitingSolver.Solve(problem, TimeSpan.FromMinutes(2));
        var ours = SitingSolver.Solve(problem, new SitingOptions { TimeLimit = TimeSpan.FromSeconds(30) }, null, TestContext.Current.CancellationToken);
        Assert.Equal(SitingStatus.Optimal, mip.Status);
        Assert.Equal(5819, mip.Value);
        Assert.Equal(mip.Value, ours.Value);
        Assert.True(ours.Bound <= mip.Value, "our lower bound must not exceed the proven optimum");
    }

    private static bool[] Open(int count, IReadOnlyList<int> open)
    {
        var result = new bool[count];
        foreach (int j in open)
        {
            result[j] = true;
        }

        return result;
    }
}
