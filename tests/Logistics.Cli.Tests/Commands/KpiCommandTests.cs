using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Cli.Tests.Commands;

/// <summary>
/// <c>kpi</c> on a hand-made plan: hub H and outlet A1 2 km apart as the crow flies (circuity 1.5 → 3 km by road), one
/// direct line H → A1 → H on Tuesday and Friday with a truck at 2 CNY/km, 30 CNY/h, 100 CNY/day, 0.3 kg CO₂/km.
/// </summary>
public sealed class KpiCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("logistics-cli-kpi").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([KpiCommand.Create()], args);

    [Fact]
    public void Prints_the_weekly_figures_in_total_and_per_kind()
    {
        var b = new ScenarioBuilder { Name = "cli-kpi", CountyCode = "500231", CountyName = "测试县" };
        b.AddSite(new Site { Id = new SiteId("H"), Name = "县集配中心", Tier = SiteTier.CountyHub, Location = new GeoPoint(107.80, 30.30) });
        var north = 2000.0 / 111_194.9; // 2 km of latitude on the mean-radius sphere
        b.AddSite(new Site
        {
            Id = new SiteId("A1"),
            Name = "桥头村服务社",
            Tier = SiteTier.VillageOutlet,
            Location = new GeoPoint(107.80, 30.30 + north),
            RequiredVisitsPerWeek = 2,
            Demand = new WeeklyDemand(Enumerable.Repeat(new DailyDemand(new Quantity(100, 1), Quantity.Zero, Quantity.Zero, Quantity.Zero), 7).ToArray()),
        });
        b.AddVehicleType(new VehicleType
        {
            Id = new VehicleTypeId("truck"), Name = "货车", CapacityKg = 1000, CapacityM3 = 10, HomeDepot = new SiteId("H"), Count = 1,
            CostPerKm = 2, CostPerHour = 30, FixedCostPerDay = 100, Co2KgPerKm = 0.3,
        });
        var scenario = b.Build();
        var scenarioPath = Path.Combine(_dir, "scenario.json");
        ScenarioJson.Write(scenario, scenarioPath);
        var line = new Line
        {
            Id = "D1", Kind = LineKind.Direct, VehicleType = new VehicleTypeId("truck"), HomeDepot = new SiteId("H"),
            ServiceDays = ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Friday), Departure = new TimeOnly(8, 0), Return = new TimeOnly(9, 0),
            Stops = [new LineStop(new SiteId("A1"), new TimeOnly(8, 5), new TimeOnly(8, 13))],
        };
        var planPath = Path.Combine(_dir, "plan.json");
        LinePlanJson.Write(LinePlanBuilder.For(scenario).AddLine(line).Build(), planPath);

        var (exit, output) = Run("kpi", planPath, "--scenario", scenarioPath, "--lines");
        Assert.True(exit == 0, output);

        // 2 runs × 6 km; 2 h; 12 × 2 + 2 × 30 + 2 × 100 = 284 CNY; 3.6 kg CO₂.
        Assert.Contains("每周行驶里程 / Km per week (km)", output, StringComparison.Ordinal);
        Assert.Matches(@"Km per week \(km\)\s+12\.0\s+12\.0", output);
        Assert.Matches(@"Cost per week \(元 CNY\)\s+284\.00", output);
        Assert.Matches(@"CO₂ per week \(kg\)\s+3\.6", output);
        Assert.Contains("使用车辆 / Vehicles used (辆 vehicles): 1", output, StringComparison.Ordinal);
        Assert.Contains("达到要求次数 / ≥ required visits: 1/1 = 100.0%", output, StringComparison.Ordinal);
        Assert.Contains("D1 | 直达 | truck | 每周二、五 | 6.0 | 12.0 | 284.00 |", output, StringComparison.Ordinal);
        Assert.Equal(2, Run("kpi", Path.Combine(_dir, "none.json"), "--scenario", scenarioPath).Exit);
    }
}
