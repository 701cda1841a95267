using Logistics.Planning.Demo;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Demo;

public class DemandModelTests
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly bool[] NoMarket = new bool[7];

    [Fact]
    public void Weekly_totals_follow_the_rates()
    {
        var m = DemandModel.Default;
        var w = m.Weekly(2000, 700, 0.1, 1.0, NoMarket, June1);
        Assert.Equal(2000 * 0.1 * 1.5, w.Days.Sum(d => d.Parcels.Kg), 0.5);
        Assert.Equal(2000 * 0.08, w.Days.Sum(d => d.ConsumerGoods.Kg), 0.5);
        Assert.Equal(700 * 0.35 * m.FarmInputsMonthFactor[5], w.Days.Sum(d => d.FarmInputs.Kg), 0.5);
        Assert.Equal(2000 * 0.12 * m.ProduceMonthFactor[5], w.Days.Sum(d => d.Produce.Kg), 0.5);
        Assert.Equal(w.Days.Sum(d => d.Parcels.Kg) / 1000 * 3.0, w.Days.Sum(d => d.Parcels.M3), 0.01);
    }

    [Fact]
    public void Market_days_and_weekdays_shape_the_week()
    {
        var market = new[] { false, true, false, false, true, false, false };
        var w = DemandModel.Default.Weekly(2000, 700, 0.1, 1.0, market, June1);
        Assert.Equal(2.5 * w.Days[0].FarmInputs.Kg, w.Days[1].FarmInputs.Kg, 0.2);
        Assert.True(w.Days[0].Parcels.Kg > w.Days[2].Parcels.Kg, "Monday parcels peak");
        Assert.True(w.Days[6].ConsumerGoods.Kg < w.Days[0].ConsumerGoods.Kg, "Sunday is light");
    }

    [Fact]
    public void Season_moves_farm_inputs()
    {
        var april = DemandModel.Default.Weekly(2000, 700, 0.1, 1.0, NoMarket, new DateOnly(2026, 4, 6));
        var december = DemandModel.Default.Weekly(2000, 700, 0.1, 1.0, NoMarket, new DateOnly(2026, 12, 7));
        Assert.True(april.WeekDown.Kg > december.WeekDown.Kg);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(900, 2)]
    [InlineData(1000, 3)]
    [InlineData(1800, 4)]
    [InlineData(99999, 6)]
    public void Visits_scale_with_weekly_kilograms(double kg, int visits)
    {
        var days = Enumerable.Range(0, 7).Select(i => i == 0 ? DailyDemand.None with { Parcels = new Quantity(kg, 0) } : DailyDemand.None).ToArray();
        Assert.Equal(visits, DemandModel.Default.RequiredVisits(new WeeklyDemand(days)));
    }

    [Fact]
    public void Wrong_market_flags_are_rejected() =>
        Assert.Throws<ArgumentException>(() => DemandModel.Default.Weekly(1, 1, 0.1, 1, new bool[5], June1));
}
