using Logistics.Core.Errors;
using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

public sealed class TwoLevelSitingSolverTests
{
    private static readonly SitingOptions Exact = new() { TimeLimit = TimeSpan.FromMinutes(1), MaxRootIterations = 300 };

    public static TheoryData<SitingObjective, bool, bool, bool> Variants()
    {
        var data = new TheoryData<SitingObjective, bool, bool, bool>();
        foreach (var objective in Enum.GetValues<SitingObjective>())
        {
            foreach (bool existing in new[] { false, true })
            {
                foreach (bool budget in new[] { false, true })
                {
                    foreach (bool limit in new[] { false, true })
                    {
                        data.Add(objective, existing, budget, limit);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Tiny_instances_equal_brute_force_on_both_levels(SitingObjective objective, bool existing, bool budget, bool limit)
    {
        int solved = 0;
        for (int seed = 1; seed <= 25; seed++)
        {
            var problem = RandomTwoLevelInstances.Create(objective, seed, existing, budget, limit);
            long? optimum = BruteForceTwoLevel.Optimum(problem);
            var result = TwoLevelSitingSolver.Solve(problem, Exact, TestContext.Current.CancellationToken);
            if (optimum is null)
            {
                Assert.Null(result.Value);
                Assert.True(result.Status == SitingStatus.Infeasible, $"seed {seed}: {result.Status} {result.Infeasibility}");
                continue;
            }

            solved++;
            Assert.Equal(optimum, result.Value);
            Assert.Equal(result.Value, result.Bound);
            Assert.Equal(SitingStatus.Optimal, result.Status);
            CheckFeasible(problem, result);
            Assert.Equal(BruteForceTwoLevel.CentreOptimum(problem, result.OpenOutlets, result.OutletWeight), result.CentreValue);
        }

        Assert.True(solved >= 3, $"only {solved} feasible instances");
    }

    [Fact]
    public void Existing_outlets_and_centres_stay_open_and_cost_nothing()
    {
        var problem = Line(existingOutlet: true, existingCentre: true, outlets: 1, centres: 1);
        var result = TwoLevelSitingSolver.Solve(problem, Exact, TestContext.Current.CancellationToken);
        Assert.Contains(0, result.OpenOutlets);
        Assert.DoesNotContain(0, result.NewOutlets);
        Assert.Contains(0, result.OpenCentres);
        Assert.DoesNotContain(0, result.NewCentres);
        Assert.Single(result.NewOutlets);
        Assert.Single(result.NewCentres);
        CheckFeasible(problem, result);
    }

    [Fact]
    public void The_centre_budget_limits_the_centres_and_the_limit_then_drops_outlets()
    {
        // Villages at 0, 100, 200, 300; an outlet candidate at each; centres at 0 (cost 5) and 300 (cost 1); limit 120.
        var free = Line(existingOutlet: false, existingCentre: false, outlets: 4, centres: 2, limit: 120);
        var both = TwoLevelSitingSolver.Solve(free, Exact, TestContext.Current.CancellationToken);
        Assert.Equal(4, both.Value);
        Assert.Equal(2, both.NewCentres.Count);

        var tight = Line(existingOutlet: false, existingCentre: false, outlets: 4, centres: 2, limit: 120, centreBudget: 4);
        var one = TwoLevelSitingSolver.Solve(tight, Exact, TestContext.Current.CancellationToken);
        Assert.Equal([1], one.NewCentres);
        Assert.Equal(SitingStatus.Optimal, one.Status);
        Assert.Equal(2, one.Value);
        Assert.All(one.OpenOutlets, j => Assert.True(tight.CanServe(1, j)));
        Assert.Equal(4, one.CentreOpeningCost + 3);
    }

    [Fact]
    public void An_existing_outlet_no_centre_can_reach_makes_the_problem_infeasible()
    {
        var problem = Line(existingOutlet: true, existingCentre: false, outlets: 1, centres: 1, limit: 10, centreAt: 300);
        var result = TwoLevelSitingSolver.Solve(problem, Exact, TestContext.Current.CancellationToken);
        Assert.Equal(SitingStatus.Infeasible, result.Status);
        Assert.Equal("outlet-out-of-reach", result.Infeasibility!.Code);
        Assert.Contains("O0", result.Infeasibility.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_names_every_error()
    {
        var outlets = new SitingProblemBuilder(SitingObjective.PMedian) { FacilityCount = 1 };
        outlets.AddDemand("V", 1);
        outlets.AddCandidate("O");
        outlets.SetDistance(0, 0, 1);
        var builder = new TwoLevelSitingProblemBuilder(outlets.Build()) { CentreBudget = -1 };
        builder.SetOutletCentreDistances(new int[2, 1]);
        var e = Assert.Throws<DataValidationException>(() => builder.Build());
        var codes = e.Errors.Select(x => x.Code).ToList();
        Assert.Contains("no-centre-candidate", codes);
        Assert.Contains("missing-centre-count", codes);
        Assert.Contains("negative-budget", codes);
        Assert.Contains("distance-matrix-shape", codes);
    }

    /// <summary>
    /// Villages at 0, 100, 200, 300 on a line (population 1 each), an outlet candidate at each of the first
    /// <paramref name="outlets"/> villages (maximal covering, radius 0: an outlet covers its own village; at most
    /// <paramref name="outlets"/> new), centres at 0 (cost 5) and 300 (cost 1), or one centre at <paramref name="centreAt"/>.
    /// </summary>
    private static TwoLevelSitingProblem Line(
        bool existingOutlet, bool existingCentre, int outlets, int centres, int? limit = null, long? centreBudget = null, int centreAt = 0)
    {
        int[] villages = [0, 100, 200, 300];
        var b = new SitingProblemBuilder(SitingObjective.MaximalCovering) { FacilityCount = outlets, CoverageRadius = 0 };
        foreach (int x in villages)
        {
            b.AddDemand($"V{x}", 1);
        }

        int m = existingOutlet ? outlets + 1 : outlets;
        for (int j = 0; j < m; j++)
        {
            b.AddCandidate($"O{j}", 1, existing: existingOutlet && j == 0);
            for (int i = 0; i < villages.Length; i++)
            {
                b.SetDistance(i, j, Math.Abs(villages[i] - villages[j % villages.Length]));
            }
        }

        int[] centrePoints = centres == 1 ? [centreAt] : [0, 300];
        var t = new TwoLevelSitingProblemBuilder(b.Build())
        {
            CentreCount = centres,
            CentreBudget = centreBudget,
            MaxOutletCentreDistance = limit,
        };
        for (int c = 0; c < centrePoints.Length; c++)
        {
            t.AddCentre($"T{c}", centrePoints[c] == 0 ? 5 : 1, existing: existingCentre && c == 0);
        }

        if (existingCentre)
        {
            t.AddCentre("T-extra", 1);
        }

        return t.SetOutletCentreDistances(Matrix(m, villages, centrePoints, existingCentre)).Build();
    }

    private static int[,] Matrix(int m, int[] villages, int[] centrePoints, bool extra)
    {
        var points = extra ? [.. centrePoints, 150] : centrePoints;
        var matrix = new int[m, points.Length];
        for (int j = 0; j < m; j++)
        {
            for (int c = 0; c < points.Length; c++)
            {
                matrix[j, c] = Math.Abs(villages[j % villages.Length] - points[c]);
            }
        }

        return matrix;
    }

    private static void CheckFeasible(TwoLevelSitingProblem problem, TwoLevelSitingResult result)
    {
        var outlets = problem.Outlets;
        Assert.True(result.NewCentres.Count <= problem.CentreCount);
        Assert.True(problem.CentreBudget is not { } cb || result.CentreOpeningCost <= cb);
        Assert.True(outlets.Budget is not { } ob || result.OutletOpeningCost <= ob);
        Assert.True(outlets.Objective == SitingObjective.SetCover || result.NewOutlets.Count <= outlets.FacilityCount);
        for (int c = 0; c < problem.CentreCandidateCount; c++)
        {
            Assert.True(!problem.IsExistingCentre(c) || result.OpenCentres.Contains(c));
        }

        foreach (int j in result.OpenOutlets)
        {
            int c = result.OutletCentre[j];
            Assert.True(c >= 0 && result.OpenCentres.Contains(c) && problem.CanServe(c, j), $"outlet {j} has no centre in reach");
        }

        var open = new bool[outlets.CandidateCount];
        foreach (int j in result.OpenOutlets)
        {
            open[j] = true;
        }

        Assert.Equal(BruteForceSiting.Value(outlets, open), result.Value);
    }
}
