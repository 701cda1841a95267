using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Planner;

/// <summary>
/// Which numbered vehicle works when on each weekday: a line keeps its vehicle on all its service days, lines on one
/// vehicle do not overlap (back to back is fine) and a vehicle's day (first departure → last return) fits the shift.
/// </summary>
internal sealed class VehicleCalendar
{
    private readonly Dictionary<(string Type, int Number), List<(long Start, long End)>[]> _days = new();

    public IEnumerable<(long Start, long End)> Busy(VehicleType type, int number, DayOfWeek day) => Slots(type, number)[Network.Weekdays.Index(day)];

    public bool Fits(VehicleType type, int number, ServiceDays days, long start, long end)
    {
        var shift = (long)type.ShiftLength.TotalSeconds;
        var slots = Slots(type, number);
        foreach (var day in days.Days)
        {
            var list = slots[Weekdays.Index(day)];
            var first = start;
            var last = end;
            foreach (var (s, e) in list)
            {
                if (start < e && s < end)
                {
                    return false;
                }

                first = Math.Min(first, s);
                last = Math.Max(last, e);
            }

            if (last - first > shift)
            {
                return false;
            }
        }

        return true;
    }

    public void Add(VehicleType type, int number, ServiceDays days, long start, long end)
    {
        var slots = Slots(type, number);
        foreach (var day in days.Days)
        {
            slots[Weekdays.Index(day)].Add((start, end));
        }
    }

    /// <summary><paramref name="earliest"/> and every end of a busy slot after it on those days, ascending: where a new line may start.</summary>
    public IReadOnlyList<long> CandidateStarts(VehicleType type, int number, ServiceDays days, long earliest)
    {
        var slots = Slots(type, number);
        var result = new SortedSet<long> { earliest };
        foreach (var day in days.Days)
        {
            foreach (var (_, e) in slots[Weekdays.Index(day)])
            {
                if (e > earliest)
                {
                    result.Add(e);
                }
            }
        }

        return result.ToArray();
    }

    /// <summary>Frees a slot given by <see cref="Add"/> (the same start and end) on each of the days.</summary>
    public void Remove(VehicleType type, int number, ServiceDays days, long start, long end)
    {
        var slots = Slots(type, number);
        foreach (var day in days.Days)
        {
            slots[Weekdays.Index(day)].Remove((start, end));
        }
    }

    /// <summary>An independent copy (to try a schedule and throw it away).</summary>
    public VehicleCalendar Clone()
    {
        var copy = new VehicleCalendar();
        foreach (var (key, days) in _days)
        {
            copy._days[key] = days.Select(d => new List<(long, long)>(d)).ToArray();
        }

        return copy;
    }

    /// <summary>Vehicles of the type that work on at least one day.</summary>
    public int Used(VehicleType type) =>
        _days.Count(kv => kv.Key.Type == type.Id.Value && kv.Value.Any(d => d.Count > 0));

    private List<(long Start, long End)>[] Slots(VehicleType type, int number)
    {
        if (!_days.TryGetValue((type.Id.Value, number), out var slots))
        {
            slots = Enumerable.Range(0, 7).Select(_ => new List<(long, long)>()).ToArray();
            _days[(type.Id.Value, number)] = slots;
        }

        return slots;
    }
}
