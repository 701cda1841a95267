using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// Which goods each stop of each line drops and picks up on each of its days. This is the rule of the plan model,
/// shared by the planner and the verifier:
/// <list type="number">
/// <item><b>Orders wait for the next visit.</b> A site's visit days are the weekdays on which at least one line stops
/// there. The goods ordered (down) and the produce ready (up) on day x travel on the first visit day on or after x,
/// going round the week: a visit on day d carries the demand of the days after the previous visit day up to and
/// including d. A site visited Tuesday and Friday gets Saturday–Tuesday's orders on Tuesday and
/// Wednesday–Friday's on Friday. A site visited once a week gets the whole week's.</item>
/// <item><b>Several lines on one day share equally.</b> When k lines stop at a site on the same day, each carries 1/k
/// of that day's amount, in kg and m³, down and up.</item>
/// <item><b>Trunks carry the feeders' goods.</b> A trunk line stopping at a township station on day d drops, besides
/// its share of the station's own demand, every feeder's down goods of day d from that station (feeders whose home
/// depot is the station), and picks up every such feeder's produce of that day; several trunks at the station that
/// day share equally. A feeder's goods whose station has no trunk that day are carried by no trunk (the verifier
/// reports the missing transfer).</item>
/// <item>Down goods of a line are loaded at its home depot and dropped stop by stop; produce picked up stays on board
/// back to the depot.</item>
/// </list>
/// Stops at sites the scenario does not know carry nothing.
/// </summary>
public sealed class DemandAssignment
{
    private readonly Dictionary<(string Line, DayOfWeek Day), StopLoad[]> _loads;

    private DemandAssignment(Dictionary<(string Line, DayOfWeek Day), StopLoad[]> loads) => _loads = loads;

    public static DemandAssignment Compute(LinePlan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);

        var loads = new Dictionary<(string, DayOfWeek), StopLoad[]>();
        foreach (var line in plan.Lines)
        {
            foreach (var day in line.ServiceDays.Days)
            {
                loads[(line.Id, day)] = new StopLoad[line.Stops.Count];
            }
        }

        // 1. Each site's own demand, accumulated since the previous visit, split among that day's visits.
        foreach (var (site, byDay) in VisitsBySite(plan))
        {
            if (!scenario.TryGetSite(site, out var s))
            {
                continue;
            }

            var visitDays = Weekdays.MondayFirst.Where(d => byDay[Weekdays.Index(d)].Count > 0).ToArray();
            foreach (var day in visitDays)
            {
                var carried = CoveredDays(visitDays, day).Aggregate(
                    StopLoad.Zero, (sum, x) => sum + new StopLoad(s.Demand[x].Down, s.Demand[x].Up));
                var visits = byDay[Weekdays.Index(day)];
                var share = 1.0 / visits.Count;
                foreach (var (line, stop) in visits)
                {
                    var arr = loads[(line.Id, day)];
                    arr[stop] += new StopLoad(carried.Drop * share, carried.Pick * share);
                }
            }
        }

        // 2. Feeder goods ride the trunks that stop at the feeder's station the same day.
        var feederTotals = plan.Lines
            .Where(l => l.Kind == LineKind.Feeder)
            .SelectMany(l => l.ServiceDays.Days.Select(d => (Station: l.HomeDepot, Day: d, Load: Sum(loads[(l.Id, d)]))))
            .GroupBy(x => (x.Station, x.Day))
            .ToDictionary(g => g.Key, g => g.Aggregate(StopLoad.Zero, (sum, x) => sum + x.Load));
        foreach (var ((station, day), total) in feederTotals)
        {
            var trunks = plan.LinesOn(day)
                .Where(l => l.Kind == LineKind.Trunk)
                .Select(l => (Line: l, Stop: l.IndexOf(station)))
                .Where(x => x.Stop >= 0)
                .ToList();
            foreach (var (line, stop) in trunks)
            {
                var arr = loads[(line.Id, day)];
                arr[stop] += new StopLoad(total.Drop * (1.0 / trunks.Count), total.Pick * (1.0 / trunks.Count));
            }
        }

        return new DemandAssignment(loads);
    }

    /// <summary>
    /// The days whose demand a visit on <paramref name="day"/> carries, given all the site's visit days: the days
    /// after the previous visit day up to and including <paramref name="day"/>, round the week, Monday-first order
    /// of the walk (oldest first).
    /// </summary>
    public static IReadOnlyList<DayOfWeek> CoveredDays(IReadOnlyCollection<DayOfWeek> visitDays, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(visitDays);
        if (!visitDays.Contains(day))
        {
            throw new ArgumentException($"{day} is not a visit day.", nameof(day));
        }

        var d = Weekdays.Index(day);
        var back = 1;
        while (back < 7 && !visitDays.Contains(Weekdays.FromIndex((d - back + 7) % 7)))
        {
            back++;
        }

        return Enumerable.Range(0, back).Select(i => Weekdays.FromIndex((d - back + 1 + i + 7) % 7)).ToArray();
    }

    /// <summary>The loads of <paramref name="line"/>'s stops on <paramref name="day"/>, in stop order.</summary>
    public IReadOnlyList<StopLoad> For(Line line, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _loads.TryGetValue((line.Id, day), out var arr)
            ? arr
            : throw new ArgumentException($"Line {line.Id} does not run on {day}.", nameof(day));
    }

    /// <summary>Everything the line drops and picks up on that day.</summary>
    public StopLoad Total(Line line, DayOfWeek day) => Sum(For(line, day));

    private static StopLoad Sum(IEnumerable<StopLoad> loads) => loads.Aggregate(StopLoad.Zero, (a, b) => a + b);

    private static Dictionary<SiteId, List<(Line Line, int Stop)>[]> VisitsBySite(LinePlan plan)
    {
        var result = new Dictionary<SiteId, List<(Line, int)>[]>();
        foreach (var line in plan.Lines)
        {
            for (var i = 0; i < line.Stops.Count; i++)
            {
                var site = line.Stops[i].Site;
                if (!result.TryGetValue(site, out var byDay))
                {
                    byDay = Enumerable.Range(0, 7).Select(_ => new List<(Line, int)>()).ToArray();
                    result[site] = byDay;
                }

                foreach (var day in line.ServiceDays.Days)
                {
                    byDay[Weekdays.Index(day)].Add((line, i));
                }
            }
        }

        return result;
    }
}
