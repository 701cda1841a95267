using Logistics.Spatial.Roads;

namespace Logistics.Spatial.Tests.Roads;

public sealed class RoadProfileTests
{
    private static WayTraversal Eval(params string[] keyValues)
    {
        var tags = new Dictionary<string, string>();
        for (var i = 0; i < keyValues.Length; i += 2)
        {
            tags[keyValues[i]] = keyValues[i + 1];
        }

        return RoadProfile.ChinaRural.Evaluate(tags);
    }

    [Theory]
    [InlineData("yes", true, false)]
    [InlineData("true", true, false)]
    [InlineData("1", true, false)]
    [InlineData("-1", false, true)]
    [InlineData("reverse", false, true)]
    [InlineData("no", true, true)]
    public void Oneway_values_set_the_directions(string oneway, bool forward, bool backward)
    {
        var t = Eval("highway", "tertiary", "oneway", oneway);
        Assert.True(t.IsKept);
        Assert.Equal((forward, backward), (t.Forward, t.Backward));
    }

    [Fact]
    public void Roundabouts_and_motorways_are_oneway_unless_tagged_otherwise()
    {
        Assert.Equal((true, false), (Eval("highway", "secondary", "junction", "roundabout").Forward, Eval("highway", "secondary", "junction", "roundabout").Backward));
        Assert.False(Eval("highway", "motorway").Backward);
        Assert.True(Eval("highway", "motorway", "oneway", "no").Backward);
        Assert.True(Eval("highway", "secondary").Backward);
    }

    [Fact]
    public void Class_speeds_follow_the_table_and_maxspeed_only_lowers_them()
    {
        Assert.Equal(60, Eval("highway", "trunk").SpeedKmh);
        Assert.Equal(30, Eval("highway", "tertiary").SpeedKmh);
        Assert.Equal(20, Eval("highway", "tertiary", "maxspeed", "20").SpeedKmh);
        Assert.Equal(30, Eval("highway", "tertiary", "maxspeed", "80").SpeedKmh);
        Assert.Equal(10 * 1.609344, Eval("highway", "primary", "maxspeed", "10 mph").SpeedKmh, 9);
        Assert.Equal(50, Eval("highway", "primary", "maxspeed", "CN:urban").SpeedKmh);
        Assert.Null(RoadProfile.ParseMaxSpeedKmh("none"));
        Assert.Equal(40, RoadProfile.ParseMaxSpeedKmh("40 km/h"));
    }

    [Theory]
    [InlineData("access", "private", false)]
    [InlineData("access", "no", false)]
    [InlineData("motor_vehicle", "no", false)]
    [InlineData("access", "destination", true)]
    public void Access_restrictions_exclude_ways(string key, string value, bool kept)
    {
        var t = Eval("highway", "service", key, value);
        Assert.Equal(kept, t.IsKept);
        if (!kept)
        {
            Assert.Equal("access", t.ExcludedBecause);
        }
    }

    [Fact]
    public void The_most_specific_access_tag_decides()
    {
        Assert.True(Eval("highway", "service", "access", "private", "motor_vehicle", "yes").IsKept);
        Assert.False(Eval("highway", "service", "access", "yes", "motorcar", "no").IsKept);
    }

    [Fact]
    public void Tracks_are_kept_only_when_tagged_passable()
    {
        Assert.Equal("track-not-passable", Eval("highway", "track").ExcludedBecause);
        Assert.Equal("track-not-passable", Eval("highway", "track", "tracktype", "grade4").ExcludedBecause);
        Assert.True(Eval("highway", "track", "tracktype", "grade2").IsKept);
        Assert.True(Eval("highway", "track", "surface", "concrete").IsKept);
        Assert.True(Eval("highway", "track", "motor_vehicle", "yes").IsKept);
        Assert.Equal(15, Eval("highway", "track", "surface", "asphalt").SpeedKmh);
    }

    [Fact]
    public void Ferries_are_off_by_default_and_run_both_ways_at_ferry_speed_when_on()
    {
        Assert.Equal("ferry", Eval("route", "ferry").ExcludedBecause);
        var on = RoadProfile.ChinaRural.WithFerries(true).Evaluate(new Dictionary<string, string> { ["route"] = "ferry" });
        Assert.True(on.IsKept);
        Assert.True(on.Forward && on.Backward);
        Assert.Equal(RoadProfile.ChinaRural.FerrySpeedKmh, on.SpeedKmh);
    }

    [Theory]
    [InlineData("footway")]
    [InlineData("path")]
    [InlineData("cycleway")]
    [InlineData("steps")]
    [InlineData("construction")]
    public void Non_drivable_classes_are_not_roads(string highway) =>
        Assert.Equal("not-a-road", Eval("highway", highway).ExcludedBecause);

    [Fact]
    public void Area_highways_are_excluded() =>
        Assert.Equal("area", Eval("highway", "service", "area", "yes").ExcludedBecause);

    [Fact]
    public void Invalid_speeds_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoadProfile(new Dictionary<string, double> { ["primary"] = 0 }));
}
