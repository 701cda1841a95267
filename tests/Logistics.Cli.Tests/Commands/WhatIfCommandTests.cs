using System.Globalization;
using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Serialization;
using Logistics.Planning.Verification;
using Logistics.Spatial.Coverage;

namespace Logistics.Cli.Tests.Commands;

/// <summary>
/// <c>whatif</c> and <c>site --what-if</c> on a small county written to a file: hub H, stations S1 (outlets A1–A3)
/// and S2 (B1–B3), a village V1 far north-east of S1 with the candidate site C1 next to it.
/// </summary>
public sealed class WhatIfCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("logistics-cli-whatif").FullName;

    public WhatIfCommandTests()
    {
        ScenarioJson.Write(County(), ScenarioPath);
    }

    private string ScenarioPath => Path.Combine(_dir, "scenario.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([WhatIfCommand.Create(), SiteCommand.Create()], args);

    private static Scenario County()
    {
        var b = new ScenarioBuilder { Name = "whatif-county", CountyCode = "500231", CountyName = "测试县" };
        var day = new DailyDemand(new Quantity(30, 0.2), new Quantity(10, 0.1), new Quantity(10, 0.1), new Quantity(20, 0.2));
        var week = new WeeklyDemand(Enumerable.Repeat(day, 7).ToArray());
        var allDay = new OpeningHours(new TimeOnly(5, 0), new TimeOnly(20, 0));
        b.AddSite(Site("H", SiteTier.CountyHub, string.Empty, 107.80, 30.30, 0, 0) with { OpeningHours = allDay });
        b.AddSite(Site("S1", SiteTier.TownshipStation, "500231101", 107.85, 30.35, 0, 0) with { OpeningHours = allDay });
        b.AddSite(Site("S2", SiteTier.TownshipStation, "500231102", 107.75, 30.35, 0, 0) with { OpeningHours = allDay });
        foreach (var (id, lon) in new[] { ("A1", 107.86), ("A2", 107.87), ("A3", 107.88) })
        {
            b.AddSite(Site(id, SiteTier.VillageOutlet, "500231101", lon, 30.37, 500, 2) with { Demand = week });
        }

        foreach (var (id, lon) in new[] { ("B1", 107.74), ("B2", 107.73), ("B3", 107.72) })
        {
            b.AddSite(Site(id, SiteTier.VillageOutlet, "500231102", lon, 30.37, 500, 3) with { Demand = week });
        }

        b.AddSite(Site("V1", SiteTier.Village, "500231101", 107.94, 30.42, 600, 0) with { Demand = week });
        b.AddSite(Site("C1", SiteTier.CandidateSite, "500231101", 107.935, 30.42, 0, 0));
        b.AddVehicleType(Vehicle("truck", "H", 3000, 20, 10));
        b.AddVehicleType(Vehicle("van-s1", "S1", 800, 8, 8));
        b.AddVehicleType(Vehicle("van-s2", "S2", 800, 8, 8));
        return b.Build();
    }

    private static Site Site(string id, SiteTier tier, string township, double lon, double lat, int population, int visits) => new()
    {
        Id = new SiteId(id),
        Name = id + "村",
        Tier = tier,
        TownshipCode = township,
        Location = new GeoPoint(lon, lat),
        Population = population,
        RequiredVisitsPerWeek = visits,
    };

    private static VehicleType Vehicle(string id, string depot, double kg, double m3, double shiftHours) => new()
    {
        Id = new VehicleTypeId(id),
        Name = id,
        CapacityKg = kg,
        CapacityM3 = m3,
        HomeDepot = new SiteId(depot),
        Count = 1,
        ShiftLength = TimeSpan.FromHours(shiftHours),
        CostPerKm = 1.5,
        CostPerHour = 30,
        FixedCostPerDay = 100,
        Co2KgPerKm = 0.25,
    };

    private static string Figure(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public void Adding_an_outlet_prints_the_coverage_and_km_cost_change_of_both_modes()
    {
        var (exit, output) = Run("whatif", ScenarioPath, "--add", "C1", "--threshold", "3km", "--iterations", "50", "--plan-seed", "4");

        Assert.True(exit == 0, output);
        Assert.Contains("假设变化 / What-if: +1 新增 added, -0 撤销 closed", output, StringComparison.Ordinal);
        Assert.Contains("+ C1 C1村 (500231101): 每周 2 次/visits, 服务 1 村/villages (人口/pop 600)", output, StringComparison.Ordinal);
        Assert.Contains("3 km     | 6 → 7 of 7 (+1) | 3,000 → 3,600 (+600)", output, StringComparison.Ordinal);
        Assert.Contains("重新规划受影响乡镇 / Re-plan the touched townships (500231101; 站/stations S1)", output, StringComparison.Ordinal);
        Assert.Contains("从头规划前后两个情景 / Both scenarios planned from scratch (same seed)", output, StringComparison.Ordinal);

        // The printed figures are those of the API with the same options.
        var scenario = ScenarioJson.Read(ScenarioPath);
        var expected = WhatIfPlanning.Run(scenario, new OutletChange { Add = [new SiteId("C1")] }, new WhatIfPlanningOptions
        {
            Coverage = new CoverageOptions { Thresholds = [CoverageThreshold.Parse("3km")] },
            Planner = PlannerOptions.Default with { ComputeBaseline = false, Seed = 4, RoutingIterations = 50 },
        }, cancellationToken: TestContext.Current.CancellationToken);
        foreach (var p in expected.Plans)
        {
            Assert.True(p.DeltaKm > 0, p.Mode.ToString());
            var sign = p.DeltaKm >= 0 ? "+" : string.Empty;
            Assert.Contains($"| {Figure(p.Before.WeeklyKm, "0.0"),13} | {Figure(p.After.WeeklyKm, "0.0"),13} | {sign}{Figure(p.DeltaKm, "0.0")}", output, StringComparison.Ordinal);
            Assert.Contains($"| {Figure(p.Before.WeeklyCost, "0"),13} | {Figure(p.After.WeeklyCost, "0"),13} |", output, StringComparison.Ordinal);
        }

        Assert.Equal(4, output.Split("核验通过 / verifies clean; 未服务 / unserved 0").Length - 1);
    }

    [Fact]
    public void A_given_current_plan_is_re_planned_around_its_untouched_lines()
    {
        var scenario = ScenarioJson.Read(ScenarioPath);
        var current = LinePlanner.Plan(scenario, PlannerOptions.Default with { ComputeBaseline = false, RoutingIterations = 50 },
            new StraightLineTravelTimes(scenario), cancellationToken: TestContext.Current.CancellationToken).Plan;
        var planPath = Path.Combine(_dir, "plan.json");
        LinePlanJson.Write(current, planPath);
        var locked = current.Lines.Count(l => l.HomeDepot == new SiteId("S2") && l.Stops.All(s => s.Site != new SiteId("S1")));

        var (exit, output) = Run("whatif", ScenarioPath, "--add", "C1", "--mode", "replan", "--plan", planPath, "--iterations", "50");

        Assert.True(exit == 0, output);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $": {locked} 条线路锁定 / lines locked; 前 before = 现行方案 / the given current plan"), output, StringComparison.Ordinal);
        Assert.DoesNotContain("从头规划前后两个情景", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_with_what_if_opens_the_chosen_sites_and_plans_them()
    {
        var (exit, output) = Run("site", ScenarioPath, "--model", "mclp", "--p", "1", "--threshold", "3km", "--time", "2",
            "--what-if", "--mode", "scratch", "--iterations", "50");

        Assert.True(exit == 0, output);
        Assert.Contains("  C1 C1村 乡镇 / township 500231101", output, StringComparison.Ordinal);
        Assert.Contains("假设变化 / What-if: +1 新增 added", output, StringComparison.Ordinal);
        Assert.Contains("每周里程 km/week", output, StringComparison.Ordinal);
        Assert.DoesNotContain("重新规划受影响乡镇", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_exits_2_naming_the_site_option_or_file()
    {
        var (exit, output) = Run("whatif", ScenarioPath, "--remove", "S1");
        Assert.Equal(2, exit);
        Assert.Contains("not-closable", output, StringComparison.Ordinal);
        Assert.Contains("S1", output, StringComparison.Ordinal);

        (exit, output) = Run("whatif", ScenarioPath, "--add", "NOPE");
        Assert.Equal(2, exit);
        Assert.Contains("unknown-site", output, StringComparison.Ordinal);
        Assert.Contains("NOPE", output, StringComparison.Ordinal);

        (exit, output) = Run("whatif", ScenarioPath);
        Assert.Equal(2, exit);
        Assert.Contains("--add", output, StringComparison.Ordinal);

        var missing = Path.Combine(_dir, "missing-graph.bin");
        (exit, output) = Run("site", ScenarioPath, "--model", "mclp", "--p", "1", "--graph", missing);
        Assert.Equal(1, exit);
        Assert.Contains("missing-graph.bin", output, StringComparison.Ordinal);
    }
}
