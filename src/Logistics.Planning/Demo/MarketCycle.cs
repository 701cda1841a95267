namespace Logistics.Planning.Demo;

/// <summary>
/// 赶场 (market day) cycles of rural Chongqing: a township holds its market every third day, on the days of the
/// month ending in 1-4-7, 2-5-8 or 3-6-9 (days 10, 20, 30 have no market). Because the cycle follows the calendar,
/// not the week, the market weekdays change from week to week; a demand profile is therefore built for one
/// concrete reference week (see <see cref="DemoCountyOptions.ReferenceMonday"/>).
/// </summary>
public enum MarketCycle
{
    /// <summary>一四七: days 1, 4, 7, 11, 14, 17, 21, 24, 27, 31.</summary>
    OneFourSeven = 1,

    /// <summary>二五八: days 2, 5, 8, 12, 15, 18, 22, 25, 28.</summary>
    TwoFiveEight = 2,

    /// <summary>三六九: days 3, 6, 9, 13, 16, 19, 23, 26, 29.</summary>
    ThreeSixNine = 3,
}
