using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Lines;

public sealed class DemandAssignmentTests
{
    [Fact]
    public void A_visit_carries_the_orders_since_the_previous_visit()
    {
        DayOfWeek[] visits = [DayOfWeek.Tuesday, DayOfWeek.Friday];
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday], DemandAssignment.CoveredDays(visits, DayOfWeek.Tuesday));
        Assert.Equal([DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], DemandAssignment.CoveredDays(visits, DayOfWeek.Friday));
        Assert.Equal(7, DemandAssignment.CoveredDays([DayOfWeek.Sunday], DayOfWeek.Sunday).Count);
        Assert.Throws<ArgumentException>(() => DemandAssignment.CoveredDays(visits, DayOfWeek.Monday));
    }

    [Fact]
    public void Feeder_stops_drop_and_pick_the_accumulated_demand()
    {
        var plan = LineFixture.Plan();
        var a = DemandAssignment.Compute(plan, LineFixture.Scenario());
        var tuesday = a.For(plan["F1"], DayOfWeek.Tuesday);
        Assert.Equal(3, tuesday.Count);
        Assert.All(tuesday, s =>
        {
            Assert.Equal(200, s.Drop.Kg, 9);
            Assert.Equal(1.6, s.Drop.M3, 9);
            Assert.Equal(80, s.Pick.Kg, 9);
        });
        Assert.Equal(150, a.For(plan["F1"], DayOfWeek.Friday)[0].Drop.Kg, 9);
        Assert.Throws<ArgumentException>(() => a.For(plan["F1"], DayOfWeek.Monday));
    }

    [Fact]
    public void Trunks_carry_the_station_share_and_the_connecting_feeders_goods()
    {
        var plan = LineFixture.Plan();
        var a = DemandAssignment.Compute(plan, LineFixture.Scenario());
        var s1 = plan["T1"].IndexOf(new SiteId("S1"));

        // Tuesday at S1: half of S1's own Tuesday (T1 and T2 both call) + F1's 600 kg down on the morning trunk.
        var morning = a.For(plan["T1"], DayOfWeek.Tuesday)[s1];
        Assert.Equal(50 + 600, morning.Drop.Kg, 9);
        Assert.Equal(0, morning.Pick.Kg, 9);

        // F1's produce (3 × 80 kg) goes up on the afternoon trunk, the only one leaving after 10:50 + 30 min.
        var afternoon = a.For(plan["T2"], DayOfWeek.Tuesday)[plan["T2"].IndexOf(new SiteId("S1"))];
        Assert.Equal(50, afternoon.Drop.Kg, 9);
        Assert.Equal(240, afternoon.Pick.Kg, 9);

        // Monday: S1's own demand of Saturday–Monday (the previous trunk call is Friday), no feeder from S1.
        Assert.Equal(150, a.For(plan["T1"], DayOfWeek.Monday)[s1].Drop.Kg, 9);
    }

    [Fact]
    public void Lines_visiting_a_site_the_same_day_share_its_demand()
    {
        var extra = LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue", "11:00", "11:30", ("A1", "11:15", "11:25"));
        var plan = LineFixture.Plan(null, extra);
        var a = DemandAssignment.Compute(plan, LineFixture.Scenario());
        Assert.Equal(100, a.For(plan["F1"], DayOfWeek.Tuesday)[0].Drop.Kg, 9);
        Assert.Equal(100, a.For(plan["F3"], DayOfWeek.Tuesday)[0].Drop.Kg, 9);
        Assert.Equal(200, a.For(plan["F1"], DayOfWeek.Tuesday)[1].Drop.Kg, 9);
        Assert.Equal(new Quantity(100, 0.8), a.Total(plan["F3"], DayOfWeek.Tuesday).Drop with { M3 = Math.Round(a.Total(plan["F3"], DayOfWeek.Tuesday).Drop.M3, 9) });
    }

    [Fact]
    public void Without_a_trunk_in_time_the_feeder_goods_are_shared_by_all_that_day()
    {
        // F1 leaves S1 at 07:00, before T1 (06:40) + 30 min handling: no trunk connects, so T1 and T2 share.
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "07:00", "09:10", ("A1", "07:15", "08:10"), ("A2", "08:20", "08:30"), ("A3", "08:40", "08:50"));
        var plan = LineFixture.Plan(null, f1);
        var a = DemandAssignment.Compute(plan, LineFixture.Scenario());
        var s1 = new SiteId("S1");
        Assert.Equal(50 + 300, a.For(plan["T1"], DayOfWeek.Tuesday)[plan["T1"].IndexOf(s1)].Drop.Kg, 9);
        Assert.Equal(50 + 300, a.For(plan["T2"], DayOfWeek.Tuesday)[plan["T2"].IndexOf(s1)].Drop.Kg, 9);
        Assert.Equal(240, a.For(plan["T2"], DayOfWeek.Tuesday)[plan["T2"].IndexOf(s1)].Pick.Kg, 9);
    }
}
