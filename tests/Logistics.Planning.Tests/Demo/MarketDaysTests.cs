using Logistics.Planning.Demo;

namespace Logistics.Planning.Tests.Demo;

public class MarketDaysTests
{
    [Theory]
    [InlineData(MarketCycle.OneFourSeven, new[] { 1, 4, 7, 11, 14, 17, 21, 24, 27, 31 })]
    [InlineData(MarketCycle.TwoFiveEight, new[] { 2, 5, 8, 12, 15, 18, 22, 25, 28 })]
    [InlineData(MarketCycle.ThreeSixNine, new[] { 3, 6, 9, 13, 16, 19, 23, 26, 29 })]
    public void Cycles_hit_their_days_of_the_month(MarketCycle cycle, int[] days)
    {
        var actual = Enumerable.Range(1, 31).Where(d => MarketDays.IsMarketDay(cycle, new DateOnly(2026, 1, d))).ToArray();
        Assert.Equal(days, actual);
    }

    [Fact]
    public void Week_of_1_June_2026()
    {
        // Monday 1 June … Sunday 7 June: 1-4-7 markets fall on Monday, Thursday and Sunday.
        Assert.Equal([true, false, false, true, false, false, true], MarketDays.ForWeek(MarketCycle.OneFourSeven, new DateOnly(2026, 6, 1)));
        Assert.Equal([false, true, false, false, true, false, false], MarketDays.ForWeek(MarketCycle.TwoFiveEight, new DateOnly(2026, 6, 1)));
        Assert.Throws<ArgumentException>(() => MarketDays.ForWeek(MarketCycle.OneFourSeven, new DateOnly(2026, 6, 2)));
        Assert.Equal("三六九", MarketDays.Chinese(MarketCycle.ThreeSixNine));
    }
}
