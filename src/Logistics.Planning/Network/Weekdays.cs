namespace Logistics.Planning.Network;

/// <summary>Monday-first weekday helpers and the Chinese names 周一…周日.</summary>
public static class Weekdays
{
    public static readonly IReadOnlyList<DayOfWeek> MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private static readonly string[] ChineseNames = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    private static readonly string[] ShortCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>0 for Monday … 6 for Sunday.</summary>
    public static int Index(DayOfWeek day) => ((int)day + 6) % 7;

    public static DayOfWeek FromIndex(int index) => MondayFirst[index];

    public static string Chinese(DayOfWeek day) => ChineseNames[Index(day)];

    public static string Code(DayOfWeek day) => ShortCodes[Index(day)];
}
