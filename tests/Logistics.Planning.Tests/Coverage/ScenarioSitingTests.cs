using Logistics.Core.Errors;
using Logistics.Planning.Coverage;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Siting;
using static Logistics.Planning.Tests.Coverage.LineCounty;

namespace Logistics.Planning.Tests.Coverage;

public class ScenarioSitingTests
{
    private static readonly SitingOptions Fast = new() { TimeLimit = TimeSpan.FromSeconds(2) };

    private static readonly string[] Candidates = ["C1", "C2", "C3"];

    [Fact]
    public void The_problem_has_villages_as_demand_and_existing_outlets_before_candidates()
    {
        var request = new ScenarioSitingRequest { Model = SitingObjective.MaximalCovering, NewOutlets = 1, Threshold = CoverageThreshold.Parse("3km"), OpeningCost = 5 };
        var p = ScenarioSitingProblem.Build(Build(), request);

        Assert.Equal(["V0", "O1", "V1", "V2", "O2", "V3"], p.Problem.DemandNames);
        Assert.Equal(["S1", "O1", "S2", "O2", "C1", "C3", "C2"], p.Problem.CandidateNames);
        Assert.Equal([true, true, true, true, false, false, false], Enumerable.Range(0, 7).Select(p.Problem.IsExisting));
        Assert.Equal([0L, 0, 0, 0, 5, 5, 5], Enumerable.Range(0, 7).Select(p.Problem.OpeningCost));
        Assert.Equal([100L, 1000, 500, 200, 800, 300], Enumerable.Range(0, 6).Select(p.Problem.Weight));
        Assert.Equal(500, p.Problem.Distance(3, 4)); // V2 (km 9) – C1 (km 8.5)
        Assert.Equal(3000, p.Problem.CoverageRadius);
        Assert.Equal(2400, p.ExistingOnlyValue());
    }

    [Theory]
    [InlineData(1, "3km")]
    [InlineData(2, "3km")]
    [InlineData(1, "15min")]
    [InlineData(3, "1km")]
    public void Maximal_covering_equals_brute_force_over_the_candidates(int p, string threshold)
    {
        var scenario = Build();
        var t = CoverageThreshold.Parse(threshold);
        var request = new ScenarioSitingRequest { Model = SitingObjective.MaximalCovering, NewOutlets = p, Threshold = t, Solver = Fast };
        var answer = ScenarioSiting.Solve(scenario, request, null, TestContext.Current.CancellationToken);

        long best = Subsets(Candidates, p)
            .Max(s => CoverageAnalyzer.Analyze(scenario, request.CoverageOptions, new OutletChange { Add = s.Select(Id).ToList() }).County[0].CoveredPopulation);
        Assert.Equal(SitingStatus.Optimal, answer.Result.Status);
        Assert.Equal(best, answer.Result.Value);
        Assert.Equal(answer.Coverage!.After.CoveredPopulation, answer.Result.Value);
        Assert.Equal(answer.ValueBefore, answer.Coverage.Before.CoveredPopulation);
        Assert.True(answer.Chosen.Count <= p);
        Assert.All(answer.Chosen, s => Assert.Equal(SiteTier.CandidateSite, s.Tier));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void P_median_equals_brute_force_over_the_candidates(int p)
    {
        var scenario = Build();
        var request = new ScenarioSitingRequest { Model = SitingObjective.PMedian, NewOutlets = p, Solver = Fast };
        var answer = ScenarioSiting.Solve(scenario, request, null, TestContext.Current.CancellationToken);

        var villages = scenario.Sites.Where(s => s.Tier is SiteTier.Village or SiteTier.VillageOutlet).ToList();
        var existing = scenario.Sites.Where(s => s.Tier is SiteTier.VillageOutlet or SiteTier.TownshipStation).ToList();
        long Cost(IEnumerable<string> added)
        {
            var open = existing.Concat(added.Select(a => scenario[Id(a)])).ToList();
            return villages.Sum(v => v.Population * open.Min(o => (long)Math.Round(GreatCircle.DistanceMetres(v.Location, o.Location))));
        }

        Assert.Equal(Subsets(Candidates, p).Min(Cost), answer.Result.Value);
        Assert.Equal(Cost([]), answer.ValueBefore);
        Assert.Null(answer.Coverage);
        Assert.Equal(SitingStatus.Optimal, answer.Result.Status);
    }

    [Fact]
    public void Set_cover_opens_the_fewest_candidates_that_cover_every_village()
    {
        var request = new ScenarioSitingRequest { Model = SitingObjective.SetCover, Threshold = CoverageThreshold.Parse("3km"), Solver = Fast };
        var answer = ScenarioSiting.Solve(Build(), request, null, TestContext.Current.CancellationToken);

        // V2 needs C1 (0.5 km), V3 needs C2 (1 km): two, and no single candidate does both.
        Assert.Equal(2, answer.Result.Value);
        Assert.Equal(["C1", "C2"], answer.Chosen.Select(s => s.Id.Value).Order());
        Assert.Null(answer.ValueBefore);
        Assert.Equal(1.0, answer.Coverage!.After.ShareByCount);
    }

    [Fact]
    public void The_budget_limits_the_candidates_by_their_opening_cost()
    {
        var request = new ScenarioSitingRequest
        {
            Model = SitingObjective.MaximalCovering, NewOutlets = 3, Threshold = CoverageThreshold.Parse("3km"),
            OpeningCost = 40, Budget = 100, Solver = Fast,
        };
        var answer = ScenarioSiting.Solve(Build(), request, null, TestContext.Current.CancellationToken);

        Assert.Equal(2, answer.Chosen.Count);
        Assert.Equal(80, answer.Result.OpeningCost);
        Assert.Equal(2900, answer.Result.Value);
    }

    [Fact]
    public void A_model_without_its_parameters_is_rejected_by_name()
    {
        var request = new ScenarioSitingRequest { Model = SitingObjective.MaximalCovering };
        var e = Assert.Throws<DataValidationException>(() => ScenarioSiting.Solve(Build(), request, null, TestContext.Current.CancellationToken));

        Assert.Equal(["missing-facility-count", "missing-coverage-radius"], e.Errors.Select(x => x.Code));
    }

    [Fact]
    public void A_threshold_beyond_the_solver_integers_is_rejected()
    {
        var request = new ScenarioSitingRequest
        {
            Model = SitingObjective.SetCover, Threshold = CoverageThreshold.Within(new Core.Units.Metres(3_000_000_000)),
        };
        var e = Assert.Throws<DataValidationException>(() => ScenarioSitingProblem.Build(Build(), request));

        Assert.Equal("threshold-too-large", Assert.Single(e.Errors).Code);
    }

    [Theory]
    [InlineData("3km", true)]
    [InlineData("1km", false)]
    public void Ten_new_outlets_on_the_demo_county_give_a_valid_gap(string threshold, bool stationsAreOutlets)
    {
        var scenario = EmbeddedDemo.Load();
        var request = new ScenarioSitingRequest
        {
            Model = SitingObjective.MaximalCovering, NewOutlets = 10, Threshold = CoverageThreshold.Parse(threshold),
            StationsAreOutlets = stationsAreOutlets, Solver = Fast,
        };
        var answer = ScenarioSiting.Solve(scenario, request, null, TestContext.Current.CancellationToken);
        var r = answer.Result;

        Assert.NotNull(r.Value);
        Assert.True(r.Gap >= 0);
        Assert.True(r.Value <= r.Bound);
        Assert.True(r.Value >= answer.ValueBefore);
        Assert.True(answer.Chosen.Count <= 10);
        Assert.All(answer.Chosen, s => Assert.Equal(SiteTier.CandidateSite, s.Tier));
        Assert.Equal(answer.Coverage!.After.CoveredPopulation, r.Value);
        Assert.Equal(scenario.Sites.Sum(s => s.Tier is SiteTier.Village or SiteTier.VillageOutlet ? (long)s.Population : 0), answer.Coverage.After.Population);
    }

    private static IEnumerable<string[]> Subsets(string[] items, int maxSize)
    {
        for (int mask = 0; mask < 1 << items.Length; mask++)
        {
            var subset = items.Where((_, k) => (mask & (1 << k)) != 0).ToArray();
            if (subset.Length <= maxSize)
            {
                yield return subset;
            }
        }
    }
}
