using Logistics.Planning.Lines;
using Logistics.Planning.Planner;

namespace Logistics.Planning.Tests.Planner;

public sealed class VisitPatternsTests
{
    private static readonly ServiceDays MonToSat = ServiceDays.FromMask(0x3F);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Every_pattern_has_the_required_days_spread(int required)
    {
        var all = VisitPatterns.All(required, MonToSat);
        Assert.NotEmpty(all);
        Assert.All(all, p =>
        {
            Assert.Equal(required, p.Count);
            Assert.True(VisitSpread.IsSpread(p, required), p.ToChinese());
        });
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Two_visits_rotate_over_the_six_working_days()
    {
        var rotation = VisitPatterns.Rotation(2, MonToSat).Select(p => p.ToChinese()).ToList();
        Assert.Equal(["每周一、四", "每周二、五", "每周三、六"], rotation);
    }

    [Fact]
    public void Three_visits_alternate_days()
    {
        var rotation = VisitPatterns.Rotation(3, MonToSat).Select(p => p.ToChinese()).ToList();
        Assert.Equal(["每周一、三、五", "每周二、四、六"], rotation);
    }

    [Fact]
    public void Seven_visits_need_sunday_even_in_a_six_day_week()
    {
        Assert.Equal([ServiceDays.Daily], VisitPatterns.All(7, MonToSat));
        Assert.Equal([ServiceDays.Daily], VisitPatterns.Rotation(7, MonToSat));
    }

    [Fact]
    public void No_pattern_uses_a_day_off_when_it_can_avoid_it()
    {
        for (var f = 1; f <= 6; f++)
        {
            Assert.All(VisitPatterns.All(f, MonToSat), p => Assert.DoesNotContain(DayOfWeek.Sunday, p.Days));
        }
    }
}
