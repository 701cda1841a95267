namespace Logistics.Planning.Demo;

/// <summary>Which days of a given week are market days (赶场天) under a <see cref="MarketCycle"/>.</summary>
public static class MarketDays
{
    /// <summary>True when <paramref name="date"/> is a market day of <paramref name="cycle"/>.</summary>
    public static bool IsMarketDay(MarketCycle cycle, DateOnly date)
    {
        var digit = date.Day % 10;
        return digit != 0 && (digit - (int)cycle) % 3 == 0;
    }

    /// <summary>Seven flags, Monday first, for the week starting on <paramref name="monday"/>.</summary>
    public static bool[] ForWeek(MarketCycle cycle, DateOnly monday)
    {
        if (monday.DayOfWeek != DayOfWeek.Monday)
        {
            throw new ArgumentException($"The reference week must start on a Monday; {monday:yyyy-MM-dd} is a {monday.DayOfWeek}.", nameof(monday));
        }

        var flags = new bool[7];
        for (var i = 0; i < 7; i++)
        {
            flags[i] = IsMarketDay(cycle, monday.AddDays(i));
        }

        return flags;
    }

    /// <summary>The Chinese name of the cycle, e.g. 一四七.</summary>
    public static string Chinese(MarketCycle cycle) => cycle switch
    {
        MarketCycle.OneFourSeven => "一四七",
        MarketCycle.TwoFiveEight => "二五八",
        MarketCycle.ThreeSixNine => "三六九",
        _ => throw new ArgumentOutOfRangeException(nameof(cycle), cycle, null),
    };
}
