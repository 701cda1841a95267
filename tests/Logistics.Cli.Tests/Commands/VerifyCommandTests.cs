using System.Globalization;
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
/// <c>verify</c> and <c>timetable</c> on a small scenario written to a temp folder. The plan's times are computed
/// here with the straight-line travel times the CLI uses, so the clean plan is clean for the CLI too. (There is no
/// planner yet, so no plan of the demo county can be verified.)
/// </summary>
public sealed class VerifyCommandTests : IDisposable
{
    private static readonly TimeSpan Handling = TimeSpan.FromMinutes(30);

    private readonly string _dir = Directory.CreateTempSubdirectory("logistics-cli-verify").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([VerifyCommand.Create(), TimetableCommand.Create()], args);

    private static Scenario Scenario() =>
        SmallCounty.Scenario("cli-verify", new DailyDemand(new Quantity(40, 0.3), Quantity.Zero, new Quantity(5, 0.05), Quantity.Zero));

    private static Line Timed(Scenario scenario, string id, LineKind kind, string vehicle, string depot, ServiceDays days, TimeOnly depart, params string[] stops) =>
        SmallCounty.Timed(scenario, id, kind, vehicle, depot, days, depart, stops);

    private (string Dir, string ScenarioPath, Scenario Scenario, Line Trunk, Line Feeder) Setup()
    {
        var dir = _dir;
        var scenario = Scenario();
        var path = Path.Combine(dir, "scenario.json");
        ScenarioJson.Write(scenario, path);
        var days = ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Friday);
        var trunk = Timed(scenario, "T1", LineKind.Trunk, "truck", "H", days, new TimeOnly(6, 0), "S1");
        var feederStart = trunk.Stops[0].Arrival.Add(Handling).Add(TimeSpan.FromMinutes(5));
        var feeder = Timed(scenario, "F1", LineKind.Feeder, "van", "S1", days, new TimeOnly(feederStart.Hour, feederStart.Minute), "A1", "A2");
        return (dir, path, scenario, trunk, feeder);
    }

    private static string WritePlan(string dir, string name, Scenario scenario, params Line[] lines)
    {
        var b = LinePlanBuilder.For(scenario);
        foreach (var l in lines)
        {
            b.AddLine(l);
        }

        var path = Path.Combine(dir, name);
        LinePlanJson.Write(b.Build(), path);
        return path;
    }

    [Fact]
    public void A_clean_plan_verifies_with_exit_code_0()
    {
        var (dir, scenarioPath, scenario, trunk, feeder) = Setup();
        var plan = WritePlan(dir, "plan.json", scenario, trunk, feeder);
        var (exit, output) = Run("verify", plan, "--scenario", scenarioPath);
        Assert.True(exit == 0, output);
        Assert.Contains("核验通过 / Plan is clean: 2 line(s), 6 stop call(s) a week, 0 violations", output, StringComparison.Ordinal);
        Assert.Contains("运送需求 下行 / down: 0.6 / 0.6 t/周 (week) = 100.0 %", output, StringComparison.Ordinal);
        Assert.Contains("运送需求 上行 / up: 0.0 / 0.0 t/周 (week) = 100.0 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_that_no_line_carries_is_a_violation_and_the_share_carried_is_printed()
    {
        var (dir, scenarioPath, scenario, trunk, _) = Setup();
        var plan = WritePlan(dir, "plan.json", scenario, trunk);
        var (exit, output) = Run("verify", plan, "--scenario", scenarioPath);
        Assert.True(exit == 1, output);
        Assert.Contains("[demand-not-carried] site A1:", output, StringComparison.Ordinal);
        Assert.Contains("[demand-not-carried] site A2:", output, StringComparison.Ordinal);
        Assert.Contains("运送需求 下行 / down: 0.0 / 0.6 t/周 (week) = 0.0 %", output, StringComparison.Ordinal);
        Assert.Contains("missing-visits × 2, demand-not-carried × 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_village_and_an_empty_vehicle_type_are_left_out_with_warnings_unless_strict()
    {
        var (dir, scenarioPath, scenario, trunk, feeder) = Setup();
        var plan = WritePlan(dir, "plan.json", scenario, trunk, feeder);

        // The same scenario plus a village at longitude 150 (outside China) and a vehicle type with 0 vehicles.
        var doc = ScenarioJson.ToDocument(scenario);
        doc.Sites.Add(ScenarioJson.ToDocument(scenario[new SiteId("A2")] with { Id = new SiteId("A9"), Location = new GeoPoint(150, 30.35) }));
        doc.VehicleTypes.Add(new VehicleTypeDocument { Id = "old-truck", Name = "旧货车", CapacityKg = 1500, CapacityM3 = 10, HomeDepot = "H", Count = 0 });
        File.WriteAllText(scenarioPath, System.Text.Json.JsonSerializer.Serialize(doc, ScenarioJson.Options));
        var lines = File.ReadAllLines(scenarioPath);
        var siteRow = Array.FindIndex(lines, l => l.Contains("\"id\": \"A9\"", StringComparison.Ordinal)) + 1;
        var typeRow = Array.FindIndex(lines, l => l.Contains("\"id\": \"old-truck\"", StringComparison.Ordinal)) + 1;

        var (exit, output) = Run("verify", plan, "--scenario", scenarioPath);
        Assert.True(exit == 0, output);
        Assert.Contains("已排除 2 行 / 2 row(s) excluded", output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"warning scenario.json row {siteRow} site A9 column 'lon' [outside-china]: 已排除此行"), output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"warning scenario.json row {typeRow} vehicle type old-truck column 'count' [bad-count]: 已排除此行"), output, StringComparison.Ordinal);
        Assert.Contains("核验通过", output, StringComparison.Ordinal);

        var (strictExit, strictOutput) = Run("verify", plan, "--scenario", scenarioPath, "--strict");
        Assert.True(strictExit == 2, strictOutput);
        Assert.Contains("[outside-china]", strictOutput, StringComparison.Ordinal);
        Assert.Contains("[bad-count]", strictOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("row excluded", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_are_printed_with_exit_code_1()
    {
        var (dir, scenarioPath, scenario, trunk, feeder) = Setup();
        var days = ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Wednesday);
        var plan = WritePlan(dir, "plan.json", scenario, trunk with { ServiceDays = days }, feeder with { ServiceDays = days });
        var (exit, output) = Run("verify", plan, "--scenario", scenarioPath);
        Assert.True(exit == 1, output);
        Assert.Contains("[uneven-visits] line F1 周三/Wed site A1:", output, StringComparison.Ordinal);
        Assert.Contains("[uneven-visits] line F1 周三/Wed site A2:", output, StringComparison.Ordinal);
        Assert.Contains("核验未通过 / Plan has 2 violation(s): uneven-visits × 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_locked_line_fails_against_the_previous_plan()
    {
        var (dir, scenarioPath, scenario, trunk, feeder) = Setup();
        var previous = WritePlan(dir, "previous.json", scenario, trunk with { Locked = true }, feeder);
        var later = TimeSpan.FromMinutes(1);
        var moved = trunk with
        {
            Locked = true,
            Departure = trunk.Departure.Add(-later),
            Return = trunk.Return.Add(-later),
            Stops = [.. trunk.Stops.Select(s => s with { Arrival = s.Arrival.Add(-later), Departure = s.Departure.Add(-later) })],
        };
        var plan = WritePlan(dir, "plan.json", scenario, moved, feeder);
        Assert.Equal(0, Run("verify", plan, "--scenario", scenarioPath).Exit);
        var (exit, output) = Run("verify", plan, "--scenario", scenarioPath, "--previous", previous);
        Assert.True(exit == 1, output);
        Assert.Contains("[locked-line-changed] line T1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_checked_against_another_scenario_fails()
    {
        var (dir, _, scenario, trunk, feeder) = Setup();
        var plan = WritePlan(dir, "plan.json", scenario, trunk, feeder);
        var other = scenario.ToBuilder();
        other.Parameters = other.Parameters with { AverageSpeedKmh = 30 };
        var otherPath = Path.Combine(dir, "other.json");
        ScenarioJson.Write(other.Build(), otherPath);
        var (exit, output) = Run("verify", plan, "--scenario", otherPath);
        Assert.True(exit == 1, output);
        Assert.Contains("[scenario-mismatch]", output, StringComparison.Ordinal);
        Assert.Contains("[time-mismatch] line T1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_input_exits_with_2_and_names_the_field()
    {
        var (dir, scenarioPath, scenario, trunk, feeder) = Setup();
        var plan = WritePlan(dir, "plan.json", scenario, trunk, feeder);
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("\"days\": \"tue,fri\"", "\"days\": \"someday\"", StringComparison.Ordinal));
        var (exit, output) = Run("verify", plan, "--scenario", scenarioPath);
        Assert.True(exit == 2, output);
        Assert.Contains("line T1", output, StringComparison.Ordinal);
        Assert.Contains("'days'", output, StringComparison.Ordinal);
        Assert.Equal(2, Run("verify", Path.Combine(dir, "missing.json"), "--scenario", scenarioPath).Exit);
        Assert.NotEqual(0, Run("verify", plan).Exit);
    }

    [Fact]
    public void Timetable_prints_lines_and_stops_and_writes_csv_with_bom_and_xlsx()
    {
        var (dir, scenarioPath, scenario, trunk, feeder) = Setup();
        var plan = WritePlan(dir, "plan.json", scenario, trunk, feeder);
        var csv = Path.Combine(dir, "timetable.csv");
        var xlsx = Path.Combine(dir, "timetable.xlsx");
        var (exit, output) = Run("timetable", plan, "--scenario", scenarioPath, "--stops", "--csv", csv, "--xlsx", xlsx);
        Assert.True(exit == 0, output);
        Assert.Contains("F1 [支线 / feeder] 每周二、五 (Tue, Fri), van", output, StringComparison.Ordinal);
        var a1 = feeder.Stops[0].Arrival.ToString("HH\\:mm", CultureInfo.InvariantCulture);
        Assert.Contains($"  每周二、五 {a1} 到达（F1）/ Tue, Fri {a1} arrive (F1)", output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(1 + 3 + 4, File.ReadAllLines(csv).Length);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(xlsx)[..2]);
        Assert.Contains($"写出 / Written: {xlsx}", output, StringComparison.Ordinal);
    }
}
