using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Lines;
using Logistics.Spatial.Coverage;
using static Logistics.Planning.Tests.Coverage.LineCounty;

namespace Logistics.Planning.Tests.Coverage;

/// <summary>Coverage by road travel time (through the provider) and weekly visits from a line plan, on <see cref="LineCounty"/>.</summary>
public class CoverageRoadsAndVisitsTests
{
    private static readonly CoverageOptions ThreeKmAndFifteenMinutes = new()
    {
        Thresholds = [CoverageThreshold.Parse("3km"), CoverageThreshold.Parse("15min")],
    };

    /// <summary>
    /// T1 trunk from the hub: Mon, Wed, Fri to S1 and S2. F1 feeder from S1: Tue, Fri to O1. F2 feeder from S1: Thu to
    /// O1 and V2 (a village without outlet, which is a stop but not an outlet). No line stops at O2.
    /// </summary>
    private static LinePlan Plan(Scenario scenario) => LinePlanBuilder.For(scenario)
        .AddLine(LineFixture.Line("T1", LineKind.Trunk, "truck", "H", "Mon Wed Fri", "06:00", "09:00", ("S1", "06:30", "06:50"), ("S2", "07:40", "08:00")))
        .AddLine(LineFixture.Line("F1", LineKind.Feeder, "van", "S1", "Tue Fri", "09:00", "10:00", ("O1", "09:20", "09:30")))
        .AddLine(LineFixture.Line("F2", LineKind.Feeder, "van", "S1", "Thu", "09:00", "10:30", ("O1", "09:20", "09:30"), ("V2", "09:45", "09:55")))
        .Build();

    [Fact]
    public void Visit_days_are_the_union_of_the_lines_stopping_at_a_site()
    {
        var days = LineVisits.DaysBySite(Plan(Build()));

        Assert.Equal("mon,wed,fri", days[new SiteId("S1")].ToCode());
        Assert.Equal("tue,thu,fri", days[new SiteId("O1")].ToCode());
        Assert.Equal("thu", days[new SiteId("V2")].ToCode());
        Assert.False(days.ContainsKey(new SiteId("H"))); // the depot is not a stop
        Assert.False(days.ContainsKey(new SiteId("O2")));
    }

    [Fact]
    public void Each_village_gets_the_weekly_visits_of_its_nearest_outlet()
    {
        var scenario = Build();
        var report = CoverageAnalyzer.Analyze(scenario, ThreeKmAndFifteenMinutes, Plan(scenario));
        var byId = report.Villages.ToDictionary(v => v.Village.Id.Value);

        Assert.True(report.HasPlan);
        Assert.Empty(report.Warnings);
        // V0 → S1 (Mon Wed Fri); O1 and V1, V2 → O1 (Tue Thu Fri); O2 and V3 → O2, where no line stops.
        Assert.Equal(3, byId["V0"].WeeklyVisits);
        Assert.Equal("每周一、三、五", byId["V0"].VisitDays!.Value.ToChinese());
        Assert.Equal([3, 3, 3], new[] { "O1", "V1", "V2" }.Select(id => byId[id].WeeklyVisits!.Value));
        Assert.Equal((0, 2), (byId["O2"].WeeklyVisits!.Value, byId["O2"].RequiredVisitsPerWeek));
        Assert.Equal(0, byId["V3"].WeeklyVisits);
        Assert.True(byId["V3"].VisitDays!.Value.IsEmpty);
    }

    [Fact]
    public void A_plan_for_another_scenario_is_warned_about()
    {
        var scenario = Build();
        var other = Build(boundaryGeoJson: "{\"type\":\"Polygon\",\"coordinates\":[[[107.9,29.9],[108.1,29.9],[108.1,30.4],[107.9,30.4],[107.9,29.9]]]}");
        var report = CoverageAnalyzer.Analyze(scenario, ThreeKmAndFifteenMinutes, Plan(other));

        Assert.Equal("plan.scenario-mismatch", Assert.Single(report.Warnings).Code);
        Assert.Equal(3, report.Villages[0].WeeklyVisits); // still read by site id
    }

    [Fact]
    public void On_roads_a_village_may_reach_a_farther_outlet_sooner_and_one_that_reaches_none_is_reported()
    {
        // Roads: V1 (km 6) has a fast road to S1 (km 0) only; V3 (km 27) is on an island; elsewhere 1 s per 4 m of straight line.
        var scenario = Build();
        var v1 = scenario[new SiteId("V1")].Location;
        var s1 = scenario[new SiteId("S1")].Location;
        var v3 = scenario[new SiteId("V3")].Location;
        var roads = new FakeRoads((from, to) =>
            from == v3 || to == v3 ? null
            : from == v1 && to == s1 ? 120
            : from == v1 ? 5_000
            : (long)(Spatial.Geodesy.GreatCircle.DistanceMetres(from, to) / 4));
        var report = CoverageAnalyzer.Analyze(scenario, ThreeKmAndFifteenMinutes with { TravelTimes = roads });
        var byId = report.Villages.ToDictionary(v => v.Village.Id.Value);

        Assert.Equal(1, roads.MatrixCalls); // one village × outlet matrix
        Assert.True(report.FollowsRoads);
        Assert.Equal("fake roads", report.TravelTimes);
        Assert.Equal(("O1", "S1", 120L), (byId["V1"].NearestByDistance!.Id.Value, byId["V1"].NearestByTime!.Id.Value, byId["V1"].Time.Value));

        var island = byId["V3"];
        Assert.Equal("O2", island.NearestByDistance!.Id.Value);
        Assert.Null(island.NearestByTime);
        Assert.False(island.ReachableByRoad);
        Assert.False(island.Covered[1]);
        Assert.Equal(["V3"], report.Unreachable.Select(v => v.Village.Id.Value));
        Assert.Equal("V3", report.Uncovered(1)[0].Village.Id.Value); // unreachable villages come first
        var warning = Assert.Single(report.Warnings, w => w.Entity == "site 'V3' 六村");
        Assert.Equal("roads.unreachable", warning.Code);
        Assert.Contains("4 of 4", warning.Message);
        // Each outlet is told which villages cannot reach it.
        Assert.Equal(4, report.Warnings.Count(w => w.Code == "roads.unreachable" && w.Message.Contains("V3 六村")));
    }

    [Fact]
    public void Csv_has_required_and_planned_visits()
    {
        var scenario = Build();
        var report = CoverageAnalyzer.Analyze(scenario, ThreeKmAndFifteenMinutes, Plan(scenario));
        using var writer = new StringWriter();
        CoverageCsv.Write(writer, report);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var v0 = lines[1].Split(',');

        Assert.Equal("7", v0[Array.IndexOf(header, "要求频次 required_visits_per_week")]);
        Assert.Equal("3", v0[Array.IndexOf(header, "每周频次 visits_per_week")]);
        Assert.Equal("每周一、三、五", v0[Array.IndexOf(header, "班期 visit_days")]);
    }
}
