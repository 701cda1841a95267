using System.Text.Json.Nodes;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Coverage;
using Logistics.Planning.Verification;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Tests.Lines;

public class LineGeometryTests
{
    private static GeoPoint At(Scenario scenario, string id) => scenario[new SiteId(id)].Location;

    [Fact]
    public void Without_roads_the_line_is_straight_from_depot_through_the_stops_and_back()
    {
        var scenario = LineFixture.Scenario();
        var shape = LineGeometry.Build(LineFixture.F1, scenario, TravelTimesFactory.StraightLine(scenario), TestContext.Current.CancellationToken);

        Assert.Equal(new[] { "S1", "A1", "A2", "A3", "S1" }.Select(id => At(scenario, id)), shape.Points);
        Assert.Equal(4, shape.Legs.Count);
        Assert.False(shape.OnRoad);
        Assert.Empty(shape.Unreachable);
        var straight = new StraightLineTravelTimes(scenario);
        Assert.Equal(
            shape.Legs.Sum(l => straight.Between(l.From.Id, l.To.Id, null).Distance.Value),
            shape.Distance.Value);
    }

    [Fact]
    public void With_roads_each_leg_follows_its_path_and_a_leg_without_one_is_drawn_straight_and_reported()
    {
        var scenario = LineFixture.Scenario();
        var a3 = At(scenario, "A3");
        var s1 = At(scenario, "S1");
        var roads = new FakeRoads((from, to) => from == a3 && to == s1 ? null : 300);
        var shape = LineGeometry.Build(LineFixture.F1, scenario, roads, TestContext.Current.CancellationToken);

        // Three road legs of three points each (joined at the stops), then the straight A3 → S1.
        Assert.Equal(8, shape.Points.Count);
        Assert.Equal(s1, shape.Points[0]);
        Assert.Equal(s1, shape.Points[^1]);
        Assert.Equal(a3, shape.Points[^2]);
        var missing = Assert.Single(shape.Unreachable);
        Assert.Equal(("A3", "S1"), (missing.From.Id.Value, missing.To.Id.Value));
        Assert.False(shape.OnRoad);
        Assert.Equal((900L, 9000L), (shape.Duration.Value, shape.Distance.Value));

        var feature = shape.ToFeature(new GeometryServices());
        Assert.Equal("LineString", feature.Geometry!.GeometryType);
        Assert.Equal(8, feature.Geometry.NumPoints);
        Assert.Equal("F1", feature.GetString("线路 line"));
        Assert.Equal("每周二、五", feature.GetString("班期 days"));
        Assert.Equal("A3 → S1", ((JsonArray)feature.Properties["无路段 unreachable_legs"]!)[0]!.GetValue<string>());
    }

    [Fact]
    public void A_stop_the_scenario_lacks_is_named_with_the_line()
    {
        var line = LineFixture.F1 with { Stops = [new LineStop(new SiteId("ZZ"), new TimeOnly(9, 40), new TimeOnly(9, 50))] };
        var scenario = LineFixture.Scenario();

        var error = Assert.Single(Assert.Throws<DataValidationException>(() => LineGeometry.Build(line, scenario, TravelTimesFactory.StraightLine(scenario), TestContext.Current.CancellationToken)).Errors);
        Assert.Equal(("unknown-site", "line F1", "stops[0].site", "ZZ"), (error.Code, error.Entity, error.Column, error.Value));
    }

    [Fact]
    public void Every_line_of_a_plan_gets_a_shape()
    {
        var scenario = LineFixture.Scenario();
        var shapes = LineGeometry.Build(LineFixture.Plan(scenario), scenario, TravelTimesFactory.StraightLine(scenario), TestContext.Current.CancellationToken);

        Assert.Equal(["T1", "T2", "F1", "F2"], shapes.Select(s => s.Line.Id));
        Assert.All(shapes, s => Assert.Equal(s.Line.Stops.Count + 2, s.Points.Count));
    }
}
