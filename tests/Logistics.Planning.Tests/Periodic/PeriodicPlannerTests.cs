using System.Globalization;
using Logistics.Planning.Periodic;

namespace Logistics.Planning.Tests.Periodic;

/// <summary>The periodic solve on tiny seeded instances against the brute-force optimum, checked by the independent checker.</summary>
public class PeriodicPlannerTests
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>A seeded PVRP: 6 customers, 3 days, m = 2, capacity binding; one- and two-visit customers with 2–3 combinations.</summary>
    private static PeriodicInstance Pvrp(int seed)
    {
        var rng = new Random(seed);
        var lines = new List<string> { "1 2 6 3", "0 60", "0 60", "0 60", "0 0 0 0 0 0 0" };
        int[][] one = [[4, 2, 1], [4, 1], [2, 1]];
        int[][] two = [[6, 3, 5], [6, 3], [5, 3]];
        for (var c = 1; c <= 6; c++)
        {
            var combos = c % 3 == 0 ? two[rng.Next(3)] : one[rng.Next(3)];
            lines.Add(string.Create(Ci, $"{c} {rng.Next(-20, 21)} {rng.Next(-20, 21)} 0 {rng.Next(10, 31)} {DayMask.Count(DayMask.FromCordeau(combos[0], 3)!.Value)} {combos.Length} {string.Join(' ', combos)}"));
        }

        return CordeauReader.Parse($"pvrp{seed}.txt", lines, $"pvrp{seed}");
    }

    /// <summary>A seeded ConVRP: 5 customers, 3 days, each visited on 1–3 given days, service 1.</summary>
    private static PeriodicInstance ConVrp(int seed)
    {
        var rng = new Random(seed);
        var lines = new List<string> { "DIMENSION: 6", "NUM_DAYS: 3", "CAPACITY: 50", "DISTANCE: 9999999", "NODE_COORD_SECTION" };
        for (var c = 1; c <= 5; c++)
        {
            lines.Add(string.Create(Ci, $"{c} {rng.Next(-20, 21)} {rng.Next(-20, 21)}"));
        }

        lines.Add("DEMAND_SECTION");
        for (var c = 1; c <= 5; c++)
        {
            var mask = rng.Next(1, 8);
            lines.Add(string.Create(Ci, $"{c} {string.Join(' ', Enumerable.Range(0, 3).Select(d => (mask & (1 << d)) != 0 ? rng.Next(5, 21) : -1))}"));
        }

        lines.Add("SVC_TIME_SECTION");
        for (var c = 1; c <= 5; c++)
        {
            lines.Add(string.Create(Ci, $"{c} 1 1 1"));
        }

        lines.AddRange(["DEPOT_SECTION", "0 0", "-1", "EOF"]);
        return GroerReader.Parse($"con{seed}.vrp", lines, $"con{seed}");
    }

    /// <summary>Rounds and engine iterations bound the search (the time limit is only a safety net), so the answer does not depend on the machine's load.</summary>
    private static PeriodicOptions Options(double? limit = null) => new() { TimeLimit = TimeSpan.FromSeconds(60), MaxRounds = 150, EngineIterations = 300, Seed = 3, ArrivalLimit = limit };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Free_pvrp_chooses_the_optimal_combinations(int seed)
    {
        var inst = Pvrp(seed);
        var optimum = BruteForcePeriodic.FreeOptimum(inst);
        Assert.True(double.IsFinite(optimum));
        var result = PeriodicPlanner.Solve(inst, PeriodicMode.Free, Options(), TestContext.Current.CancellationToken);
        Assert.Empty(result.Check.Violations);
        Assert.Equal(optimum, result.Check.Travel, 6);
    }

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 1000)]
    [InlineData(4, 8)]
    [InlineData(5, 3)]
    public void Consistent_convrp_matches_the_template_optimum_and_keeps_one_vehicle_and_L(int seed, double limit)
    {
        var inst = ConVrp(seed);
        var optimum = BruteForcePeriodic.ConsistentOptimum(inst, limit);
        Assert.True(double.IsFinite(optimum));
        var result = PeriodicPlanner.Solve(inst, PeriodicMode.Consistent, Options(limit), TestContext.Current.CancellationToken);
        var check = PeriodicChecker.Check(inst, result.Solution, consistent: true, arrivalLimit: limit);
        Assert.Empty(check.Violations);
        Assert.True(check.MaxArrivalSpread <= limit + 1e-9);
        Assert.Equal(optimum, check.Travel, 6);

        // Consistency has a price: never below the free optimum.
        var free = PeriodicPlanner.Solve(inst, PeriodicMode.Free, Options(), TestContext.Current.CancellationToken);
        Assert.Equal(BruteForcePeriodic.FreeOptimum(inst), free.Check.Travel, 6);
        Assert.True(check.Travel >= free.Check.Travel - 1e-9);
    }

    [Fact]
    public void Tighter_L_never_lowers_the_cost_and_is_kept()
    {
        var inst = ConVrp(6);
        var loose = BruteForcePeriodic.ConsistentOptimum(inst, 1000);
        var tight = BruteForcePeriodic.ConsistentOptimum(inst, 2);
        Assert.True(tight >= loose - 1e-9);
        var result = PeriodicPlanner.Solve(inst, PeriodicMode.Consistent, Options(2), TestContext.Current.CancellationToken);
        Assert.Empty(result.Check.Violations);
        Assert.True(result.Check.MaxArrivalSpread <= 2 + 1e-9);
        Assert.Equal(tight, result.Check.Travel, 6);
    }

    [Fact]
    public void Pvrp_customer_on_the_depot_is_left_out_and_the_checker_accepts_it()
    {
        var lines = new[]
        {
            "1 1 3 2", "0 100", "0 100", "0 0 0 0 0 0 0",
            "1 10 0 0 30 1 2 2 1", "2 0 10 0 30 1 2 2 1", "3 0 0 0 100 1 1 2",
        };
        var inst = CordeauReader.Parse("depot.txt", lines, "depot");
        var result = PeriodicPlanner.Solve(inst, PeriodicMode.Free, Options(), TestContext.Current.CancellationToken);
        Assert.Equal([3], result.Solution.Omitted);
        Assert.Empty(result.Check.Violations);
        Assert.Single(result.Check.Notes);
        Assert.Equal(20 + (2 * Math.Sqrt(50)), result.Check.Travel, 6);
    }
}
