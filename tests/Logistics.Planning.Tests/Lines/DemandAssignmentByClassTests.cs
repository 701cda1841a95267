using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Lines;

/// <summary>The goods of every stop by class: the same rules as the totals, class by class.</summary>
public sealed class DemandAssignmentByClassTests
{
    public static TheoryData<string> Plans => new() { "fixture", "shared-visit", "late-feeder" };

    private static LinePlan PlanOf(string name) => name switch
    {
        "shared-visit" => LineFixture.Plan(null, LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue", "11:00", "11:30", ("A1", "11:15", "11:25"))),
        "late-feeder" => LineFixture.Plan(null, LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "07:00", "09:10", ("A1", "07:15", "08:10"), ("A2", "08:20", "08:30"), ("A3", "08:40", "08:50"))),
        _ => LineFixture.Plan(),
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Classes_add_up_to_the_totals_at_every_stop_of_every_day(string name)
    {
        var plan = PlanOf(name);
        var a = DemandAssignment.Compute(plan, LineFixture.Scenario());
        foreach (var line in plan.Lines)
        {
            foreach (var day in line.ServiceDays.Days)
            {
                var totals = a.For(line, day);
                var classes = a.ByClass(line, day);
                Assert.Equal(totals.Count, classes.Count);
                for (var i = 0; i < totals.Count; i++)
                {
                    Assert.Equal(totals[i].Drop.Kg, classes[i].Down.Kg, 9);
                    Assert.Equal(totals[i].Drop.M3, classes[i].Down.M3, 9);
                    Assert.Equal(totals[i].Pick.Kg, classes[i].Up.Kg, 9);
                    Assert.Equal(totals[i].Pick.M3, classes[i].Up.M3, 9);
                }

                Assert.Equal(a.Total(line, day).Drop.Kg, a.TotalByClass(line, day).Down.Kg, 9);
            }
        }
    }

    [Fact]
    public void A_feeder_stop_and_the_trunk_carry_each_class()
    {
        var plan = LineFixture.Plan();
        var a = DemandAssignment.Compute(plan, LineFixture.Scenario());

        // F1 on Tuesday at A1: Saturday–Tuesday, 4 days of 30 kg consumer goods, 10 farm inputs, 10 parcels, 20 produce.
        var a1 = a.ByClass(plan["F1"], DayOfWeek.Tuesday)[0];
        Assert.Equal(120, a1.ConsumerGoods.Kg, 9);
        Assert.Equal(40, a1.FarmInputs.Kg, 9);
        Assert.Equal(40, a1.Parcels.Kg, 9);
        Assert.Equal(80, a1.Produce.Kg, 9);
        Assert.Equal(0.8, a1.ConsumerGoods.M3, 9);

        // The morning trunk brings F1's consumer goods (3 × 120) plus half of S1's own 100 kg (all consumer goods).
        var t1 = a.ByClass(plan["T1"], DayOfWeek.Tuesday)[plan["T1"].IndexOf(new SiteId("S1"))];
        Assert.Equal(360 + 50, t1.ConsumerGoods.Kg, 9);
        Assert.Equal(120, t1.Parcels.Kg, 9);
        Assert.Equal(0, t1.Produce.Kg, 9);

        // The afternoon trunk takes F1's produce up, by class only produce.
        var t2 = a.ByClass(plan["T2"], DayOfWeek.Tuesday)[plan["T2"].IndexOf(new SiteId("S1"))];
        Assert.Equal(240, t2.Produce.Kg, 9);
        Assert.Equal(50, t2.ConsumerGoods.Kg, 9);
        Assert.Throws<ArgumentException>(() => a.ByClass(plan["F1"], DayOfWeek.Monday));
    }
}
