using Logistics.Planning.Lines;

namespace Logistics.Planning.Tests.Lines;

public sealed class VisitSpreadTests
{
    [Theory]
    [InlineData("tue,fri", 2, true)]
    [InlineData("mon,thu", 2, true)]
    [InlineData("sun,wed", 2, true)]
    [InlineData("mon,tue", 2, false)]
    [InlineData("sun,mon", 2, false)]
    [InlineData("mon,wed", 2, false)]
    [InlineData("mon,wed,fri", 3, true)]
    [InlineData("tue,thu,sat", 3, true)]
    [InlineData("mon,tue,thu", 3, false)]
    [InlineData("mon,thu,sun", 3, false)]
    [InlineData("mon,tue,wed,thu", 4, false)]
    [InlineData("mon,wed,thu,sat", 4, true)]
    [InlineData("mon,tue,thu,fri", 2, true)]
    [InlineData("tue", 1, true)]
    [InlineData("tue", 2, false)]
    public void Gaps_must_be_as_even_as_seven_over_n_allows(string days, int required, bool spread)
    {
        Assert.True(ServiceDays.TryParse(days, out var d));
        Assert.Equal(spread, VisitSpread.IsSpread(d, required));
    }

    [Fact]
    public void Gaps_go_round_the_week()
    {
        Assert.True(ServiceDays.TryParse("tue,fri", out var d));
        Assert.Equal([3, 4], VisitSpread.Gaps(d));
        Assert.Equal((3, 4), (VisitSpread.MinGap(2), VisitSpread.MaxGap(2)));
        Assert.Equal((2, 3), (VisitSpread.MinGap(3), VisitSpread.MaxGap(3)));
        Assert.Equal((1, 2), (VisitSpread.MinGap(5), VisitSpread.MaxGap(5)));
    }
}
