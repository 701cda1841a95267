namespace Logistics.Routing.Search.Segments;

/// <summary>
/// Time-window segment data of a sequence of visits (Vidal et al. 2013): minimal duration, unavoidable time warp,
/// and the earliest/latest start of the sequence that achieve them. Concatenation is O(1).
/// </summary>
internal readonly record struct DurationSegment(long Duration, long TimeWarp, long Early, long Late)
{
    public static DurationSegment Node(long service, long early, long late) => new(service, 0, early, late);

    /// <summary>Concatenates <paramref name="a"/> then <paramref name="b"/> with travel time <paramref name="edge"/> between them.</summary>
    public static DurationSegment Merge(in DurationSegment a, in DurationSegment b, long edge)
    {
        long atSecond = a.Duration - a.TimeWarp + edge;
        long diffWait = Math.Max(b.Early - atSecond - a.Late, 0);
        long diffTw = Math.Max(a.Early + atSecond - b.Late, 0);
        return new DurationSegment(
            a.Duration + b.Duration + edge + diffWait,
            a.TimeWarp + b.TimeWarp + diffTw,
            Math.Max(b.Early - atSecond, a.Early) - diffWait,
            Math.Min(b.Late - atSecond, a.Late) + diffTw);
    }

    /// <summary>Earliest time the sequence ends when it starts as early as possible.</summary>
    public long EarliestEnd => Early + Duration - TimeWarp;
}
