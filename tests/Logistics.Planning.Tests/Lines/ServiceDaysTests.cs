using Logistics.Planning.Lines;

namespace Logistics.Planning.Tests.Lines;

public sealed class ServiceDaysTests
{
    private static readonly ServiceDays TueThuSat = ServiceDays.Of(DayOfWeek.Saturday, DayOfWeek.Tuesday, DayOfWeek.Thursday);

    [Fact]
    public void Texts_in_Chinese_English_and_file_code()
    {
        Assert.Equal("每周二、四、六", TueThuSat.ToChinese());
        Assert.Equal("Tue, Thu, Sat", TueThuSat.ToEnglish());
        Assert.Equal("tue,thu,sat", TueThuSat.ToCode());
        Assert.Equal("每周日", ServiceDays.Of(DayOfWeek.Sunday).ToChinese());
        Assert.Equal("每天", ServiceDays.Daily.ToChinese());
        Assert.Equal("Daily", ServiceDays.Daily.ToEnglish());
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], TueThuSat.Days);
        Assert.Equal(3, TueThuSat.Count);
    }

    [Theory]
    [InlineData("tue,thu,sat")]
    [InlineData("Tue, Thu, Sat")]
    [InlineData("每周二、四、六")]
    [InlineData("周二、周四、周六")]
    [InlineData("sat tue thu")]
    public void Parses_every_written_form(string text)
    {
        Assert.True(ServiceDays.TryParse(text, out var days));
        Assert.Equal(TueThuSat, days);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tue,xyz")]
    [InlineData("每周八")]
    public void Rejects_what_is_not_a_day_list(string text) => Assert.False(ServiceDays.TryParse(text, out _));

    [Fact]
    public void Daily_parses_in_both_languages()
    {
        Assert.True(ServiceDays.TryParse("每天", out var zh));
        Assert.True(ServiceDays.TryParse("daily", out var en));
        Assert.Equal(ServiceDays.Daily, zh);
        Assert.Equal(ServiceDays.Daily, en);
        Assert.True(ServiceDays.Daily.Contains(DayOfWeek.Sunday));
        Assert.False(TueThuSat.Contains(DayOfWeek.Monday));
    }
}
