using FsCheck;
using FsCheck.Fluent;
using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

public sealed class SitingSolverTests
{
    private static readonly SitingOptions Exact = new() { TimeLimit = TimeSpan.FromMinutes(1), MaxRootIterations = 300 };

    /// <summary>Root relaxation only: no perturbation, no branching, so the bound is the Lagrangian one.</summary>
    private static readonly SitingOptions RootOnly = Exact with { UseBranchAndBound = false, MaxNonImprovingShakes = 0 };

    public static TheoryData<SitingObjective, bool, bool> Variants() => RandomSitingInstances.Variants();

    [Theory]
    [MemberData(nameof(Variants))]
    public void Small_instances_are_solved_to_the_brute_force_optimum(SitingObjective objective, bool existing, bool budget)
    {
        int solved = 0;
        for (int seed = 1; seed <= 25; seed++)
        {
            var problem = RandomSitingInstances.Create(objective, seed, existing, budget);
            long? optimum = BruteForceSiting.Optimum(problem);
            var result = SitingSolver.Solve(problem, Exact, null, TestContext.Current.CancellationToken);
            string context = $"{objective} seed {seed} existing={existing} budget={budget}";
            if (optimum is null)
            {
                Assert.True(result.Status == SitingStatus.Infeasible, $"{context}: expected infeasible, got {result.Status}");
                Assert.NotNull(result.Infeasibility);
                continue;
            }

            solved++;
            Assert.True(result.Status == SitingStatus.Optimal, $"{context}: status {result.Status}");
            Assert.True(optimum == result.Value, $"{context}: optimum {optimum}, solver {result.Value}");
            Assert.Equal(result.Value, result.Bound);
            Assert.Equal(0, result.Gap);
            var open = new bool[problem.CandidateCount];
            foreach (int j in result.OpenFacilities)
            {
                open[j] = true;
            }

            Assert.Equal(result.Value, BruteForceSiting.Value(problem, open));
            Assert.Equal(result.OpenFacilities.Where(j => !problem.IsExisting(j)), result.NewFacilities);
            Assert.Equal(result.NewFacilities.Sum(problem.OpeningCost), result.OpeningCost);
        }

        Assert.True(solved >= 5, $"only {solved} of 25 random instances were feasible: the generator no longer tests much");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Root_lagrangian_bound_never_passes_the_optimum(SitingObjective objective, bool existing, bool budget)
    {
        // Any multipliers give a valid bound: also check after a few iterations, when the bound is still loose.
        foreach (int iterations in new[] { 3, 10, 300 })
        {
            for (int seed = 100; seed < 125; seed++)
            {
                var problem = RandomSitingInstances.Create(objective, seed, existing, budget);
                long? optimum = BruteForceSiting.Optimum(problem);
                var options = RootOnly with { MaxRootIterations = iterations };
                var result = SitingSolver.Solve(problem, options, null, TestContext.Current.CancellationToken);
                if (optimum is null || result.Bound is not { } bound)
                {
                    continue;
                }

                string context = $"{objective} seed {seed} existing={existing} budget={budget} iterations={iterations}: optimum {optimum}, bound {bound}";
                if (objective == SitingObjective.MaximalCovering)
                {
                    Assert.True(bound >= optimum, context);
                    Assert.True(result.Value is null || result.Value <= optimum, context);
                }
                else
                {
                    Assert.True(bound <= optimum, context);
                    Assert.True(result.Value is null || result.Value >= optimum, context);
                }
            }
        }
    }

    [Fact]
    public void Property_solution_is_feasible_and_bound_brackets_the_optimum()
    {
        var seeds = Gen.Choose(1, 1_000_000).ToArbitrary();
        var objectives = Gen.Elements(Enum.GetValues<SitingObjective>()).ToArbitrary();
        Prop.ForAll(seeds, objectives, (seed, objective) =>
            {
                var problem = RandomSitingInstances.Create(objective, seed, seed % 2 == 0, seed % 3 == 0);
                long? optimum = BruteForceSiting.Optimum(problem);
                var result = SitingSolver.Solve(problem, RootOnly, null, TestContext.Current.CancellationToken);
                if (optimum is null)
                {
                    return result.Value is null;
                }

                var open = new bool[problem.CandidateCount];
                foreach (int j in result.OpenFacilities)
                {
                    open[j] = true;
                }

                bool feasible = result.Value is null || BruteForceSiting.Value(problem, open) == result.Value;
                bool bracketed = objective == SitingObjective.MaximalCovering
                    ? result.Bound >= optimum && (result.Value ?? long.MinValue) <= optimum
                    : result.Bound <= optimum && (result.Value ?? long.MaxValue) >= optimum;
                return feasible && bracketed;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Existing_facilities_stay_open_and_do_not_count_towards_p_or_budget()
    {
        // Two clusters far apart; the existing facility serves the left one, one new facility must go right.
        var builder = new SitingProblemBuilder(SitingObjective.PMedian) { FacilityCount = 1, Budget = 5 };
        int[] xs = [0, 1, 2, 100, 101, 102];
        foreach (int x in xs)
        {
            builder.AddDemand($"V{x}", 1);
        }

        builder.AddCandidate("existing-left", openingCost: 1000, existing: true);
        builder.AddCandidate("left", openingCost: 1);
        builder.AddCandidate("right-dear", openingCost: 6);
        builder.AddCandidate("right-cheap", openingCost: 5);
        int[] sites = [1, 1, 101, 102];
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < sites.Length; j++)
            {
                builder.SetDistance(i, j, Math.Abs(xs[i] - sites[j]));
            }
        }

        var result = SitingSolver.Solve(builder.Build(), Exact, null, TestContext.Current.CancellationToken);
        Assert.Equal(SitingStatus.Optimal, result.Status);
        Assert.Equal([0, 3], result.OpenFacilities);
        Assert.Equal([3], result.NewFacilities);
        Assert.Equal(5, result.OpeningCost);
        Assert.Equal(1 + 0 + 1 + 2 + 1 + 0, result.Value);
        Assert.Equal([0, 0, 0, 3, 3, 3], result.Assignment);
    }

    [Fact]
    public void Set_cover_reports_the_demand_nobody_can_cover()
    {
        var builder = new SitingProblemBuilder(SitingObjective.SetCover) { CoverageRadius = 10 };
        builder.AddDemand("near", 1);
        builder.AddDemand("far away village", 1);
        builder.AddCandidate("site");
        builder.SetDistance(0, 0, 5).SetDistance(1, 0, 50);

        var result = SitingSolver.Solve(builder.Build(), Exact, null, TestContext.Current.CancellationToken);

        Assert.Equal(SitingStatus.Infeasible, result.Status);
        Assert.Equal("demand-not-coverable", result.Infeasibility!.Code);
        Assert.Contains("far away village", result.Infeasibility.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Set_cover_beyond_the_budget_is_proven_infeasible()
    {
        // Two far-apart villages need two outlets at cost 5 each; the budget allows 8.
        var builder = new SitingProblemBuilder(SitingObjective.SetCover) { CoverageRadius = 10, Budget = 8 };
        builder.AddDemand("west", 1);
        builder.AddDemand("east", 1);
        builder.AddCandidate("W", openingCost: 5);
        builder.AddCandidate("E", openingCost: 5);
        builder.SetDistances(new[,] { { 2, 90 }, { 90, 3 } });

        var result = SitingSolver.Solve(builder.Build(), Exact, null, TestContext.Current.CancellationToken);

        Assert.Equal(SitingStatus.Infeasible, result.Status);
        Assert.Equal("no-feasible-solution", result.Infeasibility!.Code);
        Assert.Empty(result.OpenFacilities);

        builder.Budget = 10;
        var affordable = SitingSolver.Solve(builder.Build(), Exact, null, TestContext.Current.CancellationToken);
        Assert.Equal(SitingStatus.Optimal, affordable.Status);
        Assert.Equal(2, affordable.Value);
        Assert.Equal(10, affordable.OpeningCost);
    }

    [Fact]
    public void Maximal_covering_reports_covered_weight_and_marks_uncovered_demand()
    {
        var builder = new SitingProblemBuilder(SitingObjective.MaximalCovering) { FacilityCount = 1, CoverageRadius = 10 };
        builder.AddDemand("a", 5);
        builder.AddDemand("b", 7);
        builder.AddDemand("c", 3);
        builder.AddCandidate("covers a and c");
        builder.AddCandidate("covers b");
        builder.SetDistances(new[,] { { 4, 30 }, { 30, 2 }, { 9, 30 } });

        var result = SitingSolver.Solve(builder.Build(), Exact, null, TestContext.Current.CancellationToken);

        Assert.Equal(SitingStatus.Optimal, result.Status);
        Assert.Equal(8, result.Value);
        Assert.Equal(8, result.Bound);
        Assert.Equal([0], result.NewFacilities);
        Assert.Equal([0, -1, 0], result.Assignment);
    }

    [Fact]
    public void Same_seed_gives_the_same_answer()
    {
        var problem = RandomSitingInstances.Create(SitingObjective.PMedian, 7, withExisting: true, withBudget: true);
        var first = SitingSolver.Solve(problem, Exact, null, TestContext.Current.CancellationToken);
        var second = SitingSolver.Solve(problem, Exact, null, TestContext.Current.CancellationToken);
        Assert.Equal(first.OpenFacilities, second.OpenFacilities);
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(first.Iterations, second.Iterations);
        Assert.Equal(first.Nodes, second.Nodes);
    }

    [Fact]
    public void Cancellation_returns_the_best_found_with_a_valid_bound()
    {
        var problem = RandomSitingInstances.Create(SitingObjective.PMedian, 3, withExisting: false, withBudget: false);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var result = SitingSolver.Solve(problem, Exact, null, cancelled.Token);
        long optimum = BruteForceSiting.Optimum(problem)!.Value;
        Assert.NotNull(result.Value);
        Assert.True(result.Value >= optimum);
        Assert.True(result.Bound is null || result.Bound <= optimum);
    }

    [Fact]
    public void Progress_is_reported_with_consistent_values()
    {
        var problem = RandomSitingInstances.Create(SitingObjective.PMedian, 11, withExisting: false, withBudget: false);
        var reports = new List<SitingProgress>();
        var result = SitingSolver.Solve(problem, Exact, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);
        Assert.NotEmpty(reports);
        Assert.Contains(reports, r => r.Phase == "lagrangian");
        Assert.All(reports, r => Assert.True(r.Bound is null || r.Value is null || r.Bound <= r.Value));
        Assert.Equal(result.Value, reports[^1].Value);
    }

    private sealed class SynchronousProgress(Action<SitingProgress> report) : IProgress<SitingProgress>
    {
        public void Report(SitingProgress value) => report(value);
    }
}
