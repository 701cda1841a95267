namespace Logistics.Planning.Planner;

/// <summary>A designed line with its timetable and vehicle number (null when no vehicle of the type had room).</summary>
internal sealed record ScheduledLine(DesignedLine Design, TimedLine Timing, int? Vehicle);
