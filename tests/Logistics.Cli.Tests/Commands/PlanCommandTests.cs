using Logistics.Cli.Commands;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Tests.Shared;

namespace Logistics.Cli.Tests.Commands;

/// <summary><c>plan</c> on the shipped demo county, then <c>verify</c> and <c>timetable</c> on what it wrote.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("logistics-cli-plan").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([PlanCommand.Create(), VerifyCommand.Create(), TimetableCommand.Create()], args);

    [Fact]
    public void The_demo_county_is_planned_clean_and_its_files_verify()
    {
        var scenario = Path.Combine(SharedPaths.RepositoryRoot(), "data", "demo-county", "scenario.json");
        var (exit, output) = Run("plan", scenario, "--out", _dir, "--no-baseline", "--seed", "3", "--time", "600");
        Assert.True(exit == 0, output);
        Assert.Contains("核验通过 / plan verifies clean", output, StringComparison.Ordinal);
        foreach (var file in new[] { "plan.json", "timetable.csv", "timetable.xlsx", "lines.geojson" })
        {
            Assert.True(File.Exists(Path.Combine(_dir, file)), file);
        }

        var plan = LinePlanJson.Read(Path.Combine(_dir, "plan.json"));
        Assert.Contains($"\"id\":\"{plan.Lines[0].Id}\"", File.ReadAllText(Path.Combine(_dir, "lines.geojson")), StringComparison.Ordinal);
        var (verifyExit, verifyOutput) = Run("verify", Path.Combine(_dir, "plan.json"), "--scenario", scenario);
        Assert.True(verifyExit == 0, verifyOutput);
        var (ttExit, timetable) = Run("timetable", Path.Combine(_dir, "plan.json"), "--scenario", scenario);
        Assert.Equal(0, ttExit);
        Assert.Contains($"{plan.Lines[0].Id} ", timetable, StringComparison.Ordinal);
        Assert.Contains(plan.Lines[0].VehicleLabel!, timetable, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_county_planned_on_the_ortools_engine_verifies_clean()
    {
        var scenario = SmallCounty.Scenario("cli-plan-ortools", new DailyDemand(new Quantity(40, 0.3), new Quantity(10, 0.02), new Quantity(5, 0.05), new Quantity(20, 0.1)));
        var path = Path.Combine(_dir, "scenario.json");
        ScenarioJson.Write(scenario, path);

        var (exit, output) = Run("plan", path, "--engine", "ortools", "--out", _dir, "--no-baseline", "--time", "60");

        Assert.True(exit == 0, output);
        Assert.Contains("核验通过 / plan verifies clean", output, StringComparison.Ordinal);
        var plan = LinePlanJson.Read(Path.Combine(_dir, "plan.json"));
        Assert.Contains(plan.Lines, l => l.Stops.Any(s => s.Site.Value == "A1"));
        Assert.Contains(plan.Lines, l => l.Stops.Any(s => s.Site.Value == "A2"));
    }

    [Fact]
    public void A_bad_scenario_or_budget_exits_2_naming_the_problem()
    {
        var missing = Path.Combine(_dir, "nope.json");
        var (exit, output) = Run("plan", missing);
        Assert.Equal(2, exit);
        Assert.Contains("nope.json", output, StringComparison.Ordinal);

        var scenario = Path.Combine(SharedPaths.RepositoryRoot(), "data", "demo-county", "scenario.json");
        (exit, output) = Run("plan", scenario, "--time", "-1");
        Assert.Equal(2, exit);
        Assert.Contains("--time", output, StringComparison.Ordinal);
    }
}
