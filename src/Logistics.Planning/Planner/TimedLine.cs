namespace Logistics.Planning.Planner;

/// <summary>A line's timetable in seconds since midnight, its length, and whether every service ends by closing time.</summary>
internal sealed record TimedLine(long Departure, IReadOnlyList<TimedStop> Stops, long Return, long Metres, bool FitsOpeningHours)
{
    public long Duration => Return - Departure;
}
