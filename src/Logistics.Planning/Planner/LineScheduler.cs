using Logistics.Core.Ids;

namespace Logistics.Planning.Planner;

/// <summary>
/// Gives a designed line a departure time and a vehicle: the earliest start at or after a time on the vehicle of its
/// type that is back first, such that on every service day the vehicle is free, its day fits the shift and every
/// stop's service ends by closing time.
/// </summary>
internal sealed class LineScheduler(LineTimer timer)
{
    public ScheduledLine? Place(DesignedLine line, long earliest, long? latestStart, VehicleCalendar calendar, IReadOnlyDictionary<SiteId, long>? hold = null)
    {
        var stops = line.Stops.Select(s => s.Id).ToArray();
        ScheduledLine? best = null;
        for (var n = 1; n <= line.Type.Count; n++)
        {
            foreach (var c in calendar.CandidateStarts(line.Type, n, line.Days, earliest))
            {
                var t = timer.StartFor(line.Depot.Id, stops, line.Type, c);
                if (latestStart is long latest && t > latest)
                {
                    break;
                }

                var timed = timer.Time(line.Depot.Id, stops, line.Type, t, hold);
                if (!timed.FitsOpeningHours)
                {
                    break;
                }

                if (calendar.Fits(line.Type, n, line.Days, timed.Departure, timed.Return))
                {
                    if (best is null || timed.Return < best.Timing.Return)
                    {
                        best = new ScheduledLine(line, timed, n);
                    }

                    break;
                }
            }
        }

        if (best is not null)
        {
            calendar.Add(line.Type, best.Vehicle!.Value, line.Days, best.Timing.Departure, best.Timing.Return);
        }

        return best;
    }
}
