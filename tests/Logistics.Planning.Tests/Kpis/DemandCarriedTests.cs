using Logistics.Core.Ids;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Lines;

namespace Logistics.Planning.Tests.Kpis;

/// <summary>
/// Demand carried by the fixture plan, counted by hand: S1 orders 100 kg a day down, each of the six outlets 50 kg
/// down and 20 kg produce a day, so the county's week is 2,800 kg down and 840 kg up.
/// </summary>
public sealed class DemandCarriedTests
{
    [Fact]
    public void The_fixture_plan_carries_every_kilo_of_the_county()
    {
        var scenario = LineFixture.Scenario();
        var d = DemandCarried.Compute(LineFixture.Plan(scenario), scenario);
        Assert.Equal(2800, d.DownTotal.Kg, 6);
        Assert.Equal(840, d.UpTotal.Kg, 6);
        Assert.Equal(2800, d.DownCarried.Kg, 6);
        Assert.Equal(840, d.UpCarried.Kg, 6);
        Assert.True(d.All);
        Assert.Equal(1, d.DownShare, 9);
        Assert.Equal(3.64, d.CarriedTonnes, 9);
    }

    [Fact]
    public void A_feeder_on_a_day_without_a_trunk_at_its_station_carries_nothing()
    {
        // F2 moved to Thursday, when neither trunk runs: B1–B3 (350 kg down, 140 kg up a week each) are left behind.
        var scenario = LineFixture.Scenario();
        var f2 = LineFixture.Line("F2", LineKind.Feeder, "van-s2", "S2", "Thu", "08:30", "10:10", ("B1", "08:50", "09:00"), ("B2", "09:15", "09:25"), ("B3", "09:35", "09:45"));
        var d = DemandCarried.Compute(LineFixture.Plan(scenario, f2), scenario);
        Assert.Equal(2800 - 1050, d.DownCarried.Kg, 6);
        Assert.Equal(840 - 420, d.UpCarried.Kg, 6);
        Assert.Equal(["B1", "B2", "B3"], d.NotCarried.Select(m => m.Site.Value).Order(StringComparer.Ordinal));
        Assert.All(d.NotCarried, m => Assert.Equal((350.0, 140.0), (Math.Round(m.Down.Kg, 6), Math.Round(m.Up.Kg, 6))));
    }

    [Fact]
    public void A_community_no_line_stops_at_is_counted_as_left_behind()
    {
        var b = LineFixture.Builder();
        b.AddSite(LineFixture.Community(107.85, 30.36));
        var scenario = b.Build();
        var d = DemandCarried.Compute(LineFixture.Plan(scenario), scenario);
        var gap = Assert.Single(d.NotCarried);
        Assert.Equal(("C1", SiteTier.Village, 1400.0, 490.0), (gap.Site.Value, gap.Tier, gap.Down.Kg, gap.Up.Kg));
        Assert.Equal(2800 / 4200.0, d.DownShare, 9);
        Assert.Equal(840 / 1330.0, d.UpShare, 9);
    }
}
