using System.Text;
using Logistics.Cli.Commands;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Planning.Verification;

namespace Logistics.Cli.Tests.Commands;

/// <summary>
/// <c>dispatch</c> on a small scenario written to a temp folder: hub H, station S1, outlets A1 and A2 (2 visits a
/// week), a morning trunk T1 bringing the goods, a feeder F1 and an afternoon trunk T2 taking the produce up, on
/// Tuesday and Friday, timed with the straight-line travel times the CLI uses.
/// 2026-11-24 is a Tuesday, 2026-11-25 a Wednesday.
/// </summary>
public sealed class DispatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("logistics-cli-dispatch").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([DispatchCommand.Create()], args);

    private static Scenario Scenario() =>
        SmallCounty.Scenario("cli-dispatch", new DailyDemand(new Quantity(40, 0.3), new Quantity(10, 0.02), new Quantity(5, 0.05), new Quantity(20, 0.1)));

    private static Line Timed(Scenario scenario, string id, LineKind kind, string vehicle, string depot, TimeOnly depart, params string[] stops) =>
        SmallCounty.Timed(scenario, id, kind, vehicle, depot, ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Friday), depart, stops);

    /// <summary>Writes the scenario and the plan (trunks 06:00 and 12:00, feeder 08:00 with vehicle 1); returns their paths.</summary>
    private (string Plan, string Scenario) Setup()
    {
        var scenario = Scenario();
        var scenarioPath = Path.Combine(_dir, "scenario.json");
        ScenarioJson.Write(scenario, scenarioPath);
        var trunk = Timed(scenario, "T1", LineKind.Trunk, "truck", "H", new TimeOnly(6, 0), "S1");
        var feeder = Timed(scenario, "F1", LineKind.Feeder, "van", "S1", new TimeOnly(8, 0), "A1", "A2") with { Vehicle = 1 };
        var up = Timed(scenario, "T2", LineKind.Trunk, "truck", "H", new TimeOnly(12, 0), "S1");
        var plan = LinePlanBuilder.For(scenario).AddLine(trunk).AddLine(feeder).AddLine(up).Build();
        var planPath = Path.Combine(_dir, "plan.json");
        LinePlanJson.Write(plan, planPath);
        return (planPath, scenarioPath);
    }

    [Fact]
    public void A_normal_day_prints_the_runs_and_writes_the_manifests_csv()
    {
        var (plan, scenario) = Setup();
        var csv = Path.Combine(_dir, "manifests.csv");
        var (exit, output) = Run("dispatch", plan, "--scenario", scenario, "--date", "2026-11-24", "--out", csv);
        Assert.True(exit == 0, output);
        Assert.Contains("调度日期 2026-11-24 周二 / Dispatch for 2026-11-24 (Tuesday): 3 班 run(s)", output, StringComparison.Ordinal);
        Assert.Contains("F1 [支线 / feeder] van#1", output, StringComparison.Ordinal);
        Assert.Contains("当日核验通过 / Day check clean", output, StringComparison.Ordinal);
        Assert.Contains("全部完成 / All served: 3 run(s), 4 stop call(s), 0 moved", output, StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = File.ReadAllLines(csv, Encoding.UTF8);

        // Header, then 4 goods classes for the depot and each stop: T1 and T2 (1 stop) 8 rows each, F1 (2 stops) 12 rows.
        Assert.Equal(1 + 8 + 12 + 8, lines.Length);
        Assert.StartsWith("日期 date,星期 weekday,线路 line", lines[0], StringComparison.Ordinal);

        // A1 on Tuesday: Saturday–Tuesday, 4 × 40 kg consumer goods dropped, 4 × 20 kg produce picked up.
        Assert.Contains(lines, l => l.StartsWith("2026-11-24,周二,F1,支线,van#1,1,A1,桥头村服务社,", StringComparison.Ordinal) && l.Contains(",日用消费品 consumer,160,1.2,0,0,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",F1,", StringComparison.Ordinal) && l.Contains(",1,A1,", StringComparison.Ordinal) && l.Contains(",农产品 produce,0,0,80,0.4,80,0.4,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unavailable_van_without_replacement_lists_its_stops_and_exits_1()
    {
        var (plan, scenario) = Setup();
        var (exit, output) = Run("dispatch", plan, "--scenario", scenario, "--date", "2026-11-24", "--unavailable", "van");
        Assert.True(exit == 1, output);
        Assert.Contains("[no-vehicle] F1 A1 桥头村服务社:", output, StringComparison.Ordinal);
        Assert.Contains("[no-vehicle] F1 A2 石坝村服务社:", output, StringComparison.Ordinal);
        Assert.Contains("未全部完成 / Not all served: 2 stop(s) not served", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Late_orders_are_added_or_refused()
    {
        var (plan, scenario) = Setup();
        var (exit, output) = Run("dispatch", plan, "--scenario", scenario, "--date", "2026-11-24", "--late", "A1:parcels:30");
        Assert.True(exit == 0, output);
        Assert.Contains("[added] A1:", output, StringComparison.Ordinal);

        var (exit2, output2) = Run("dispatch", plan, "--scenario", scenario, "--date", "2026-11-24", "--late", "A1:农资:20:0.05", "--late", "A2:produce:900");
        Assert.True(exit2 == 1, output2);
        Assert.Contains("[added] A1:", output2, StringComparison.Ordinal);
        Assert.Contains("[over-capacity] A2:", output2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_lines_has_no_runs()
    {
        var (plan, scenario) = Setup();
        var (exit, output) = Run("dispatch", plan, "--scenario", scenario, "--date", "2026-11-25");
        Assert.True(exit == 0, output);
        Assert.Contains("(Wednesday): 0 班 run(s)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--date", "2026-13-01", "not a date")]
    [InlineData("--unavailable", "bus#1", "no vehicle type 'bus'")]
    [InlineData("--unavailable", "van#2", "not within 1…1")]
    [InlineData("--late", "A1:sand:10", "unknown goods class 'sand'")]
    [InlineData("--late", "Z9:parcels:10", "no site 'Z9'")]
    [InlineData("--late", "A1:parcels:-3", "KG '-3'")]
    [InlineData("--late", "A1:parcels", "SITE:CLASS:KG")]
    public void Bad_input_exits_with_2_and_names_it(string option, string value, string message)
    {
        var (plan, scenario) = Setup();
        var args = new List<string> { "dispatch", plan, "--scenario", scenario };
        if (option != "--date")
        {
            args.AddRange(["--date", "2026-11-24"]);
        }

        args.AddRange([option, value]);
        var (exit, output) = Run([.. args]);
        Assert.True(exit == 2, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plan_exits_with_2()
    {
        var (_, scenario) = Setup();
        Assert.Equal(2, Run("dispatch", Path.Combine(_dir, "none.json"), "--scenario", scenario, "--date", "2026-11-24").Exit);
    }
}
