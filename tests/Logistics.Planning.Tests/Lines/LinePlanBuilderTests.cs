using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;

namespace Logistics.Planning.Tests.Lines;

public sealed class LinePlanBuilderTests
{
    [Fact]
    public void Builds_a_plan_tied_to_its_scenario()
    {
        var scenario = LineFixture.Scenario();
        var plan = LineFixture.Plan(scenario);
        Assert.Equal("line-test-county", plan.ScenarioName);
        Assert.Equal(ScenarioFingerprint.Of(scenario), plan.ScenarioHash);
        Assert.StartsWith("sha256:", plan.ScenarioHash, StringComparison.Ordinal);
        Assert.Equal(["T1", "T2", "F1", "F2"], plan.Lines.Select(l => l.Id));
        Assert.Equal(["T1", "T2", "F2"], plan.LinesOn(DayOfWeek.Monday).Select(l => l.Id));
        Assert.Equal(TimeSpan.FromMinutes(85), plan["F1"].Duration);
    }

    [Fact]
    public void Every_problem_names_the_line_and_the_field()
    {
        var b = LinePlanBuilder.For(LineFixture.Scenario());
        b.AddLine(LineFixture.F1);
        b.AddLine(LineFixture.F1 with { Name = "again" });
        b.AddLine(LineFixture.F2 with { Stops = [LineFixture.F2.Stops[0], LineFixture.F2.Stops[1] with { Arrival = new TimeOnly(8, 55) }, LineFixture.F2.Stops[2]] });
        b.AddLine(LineFixture.T1 with { Id = "T9", ServiceDays = ServiceDays.None });
        b.AddLine(LineFixture.T2 with { Id = "K1", Kind = LineKind.CoModal, VehicleType = null });
        b.AddLine(LineFixture.T2 with { Id = "T8", VehicleType = null, Stops = [] });
        b.AddLine(LineFixture.T2 with { Id = "T7", Stops = [new LineStop(new SiteId("H"), new TimeOnly(14, 30), new TimeOnly(14, 40))], Return = new TimeOnly(14, 0) });

        var errors = Assert.Throws<DataValidationException>(b.Build).Errors;
        Assert.Contains(errors, e => e.Code == "duplicate-id" && e.Entity == "line F1" && e.Column == "id");
        Assert.Contains(errors, e => e.Code == "bad-time" && e.Entity == "line F2" && e.Column == "stops[1].arrive" && e.Value == "08:55");
        Assert.Contains(errors, e => e.Code == "missing-value" && e.Entity == "line T9" && e.Column == "days");
        Assert.Contains(errors, e => e.Code == "missing-value" && e.Entity == "line K1" && e.Column == "hold");
        Assert.Contains(errors, e => e.Code == "missing-value" && e.Entity == "line T8" && e.Column == "vehicleType");
        Assert.Contains(errors, e => e.Code == "missing-value" && e.Entity == "line T8" && e.Column == "stops");
        Assert.Contains(errors, e => e.Entity == "line T7" && e.Column == "stops[0].site");
        Assert.Contains(errors, e => e.Code == "bad-time" && e.Entity == "line T7" && e.Column == "return");
        Assert.Equal(8, errors.Count);
    }

    [Fact]
    public void A_plan_needs_its_scenario_reference()
    {
        var errors = Assert.Throws<DataValidationException>(() => new LinePlanBuilder().AddLine(LineFixture.F1).Build()).Errors;
        Assert.Contains(errors, e => e.Column == "scenario.name");
        Assert.Contains(errors, e => e.Column == "scenario.sha256");
    }

    [Fact]
    public void The_fingerprint_changes_with_the_scenario()
    {
        var b = LineFixture.Builder();
        b.SetSite(b.Sites[3] with { RequiredVisitsPerWeek = 3 });
        Assert.NotEqual(ScenarioFingerprint.Of(LineFixture.Scenario()), ScenarioFingerprint.Of(b.Build()));
        Assert.Equal(ScenarioFingerprint.Of(LineFixture.Scenario()), ScenarioFingerprint.Of(LineFixture.Scenario()));
    }

    [Fact]
    public void Set_line_replaces_in_place()
    {
        var plan = LineFixture.Plan(null, LineFixture.F1 with { Name = "龙潭支线" });
        Assert.Equal(2, plan.Lines.ToList().FindIndex(l => l.Id == "F1"));
        Assert.Equal("龙潭支线", plan["F1"].Name);
        Assert.Equal(plan["F2"], LineFixture.F2);
        Assert.NotEqual(plan["F1"], LineFixture.F1);
    }
}
