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
/// <item><b>Trunks carry the feeders' goods.</b> A feeder's down goods of day d (feeder = a line whose home depot is
/// the township station) come on the trunk lines that stop at the station that day and arrive at least the transfer
/// handling time before the feeder leaves; its produce of day d goes up on the trunks that leave the station at least
/// the handling time after the feeder returns. So a morning trunk can bring the goods down and an afternoon trunk
/// take the produce up. Several connecting trunks share equally; when none connects in time, all of that day's trunks
/// at the station share (and the verifier reports the late transfer); on a day without any trunk at the station the
/// feeder's goods ride no trunk (the verifier reports the missing transfer).</item>
/// <item>Down goods of a line are loaded at its home depot and dropped stop by stop; produce picked up stays on board
/// back to the depot.</item>
/// </list>
/// Stops at sites the scenario does not know carry nothing.
/// <para>
/// The same goods by class (<see cref="ByClass"/>, for manifests): the same rules applied to each goods class on its
/// own, as a <see cref="DailyDemand"/> per stop whose three down classes are dropped there and whose
/// <see cref="DailyDemand.Produce"/> is picked up. For every stop, the down classes add up to
/// <see cref="StopLoad.Drop"/> and the produce equals <see cref="StopLoad.Pick"/> (up to floating-point rounding:
/// the totals are summed over days first, the classes over days each).
/// </para>
/// </summary>
public sealed class DemandAssignment
{
    private readonly Dictionary<(string Line, DayOfWeek Day), StopLoad[]> _loads;
    private readonly Dictionary<(string Line, DayOfWeek Day), DailyDemand[]> _classes;

    private DemandAssignment(
        Dictionary<(string Line, DayOfWeek Day), StopLoad[]> loads,
        Dictionary<(string Line, DayOfWeek Day), DailyDemand[]> classes)
    {
        _loads = loads;
        _classes = classes;
    }

    public static DemandAssignment Compute(LinePlan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);

        var loads = new Dictionary<(string, DayOfWeek), StopLoad[]>();
        var classes = new Dictionary<(string, DayOfWeek), DailyDemand[]>();
        foreach (var line in plan.Lines)
        {
            foreach (var day in line.ServiceDays.Days)
            {
                loads[(line.Id, day)] = new StopLoad[line.Stops.Count];
                classes[(line.Id, day)] = Enumerable.Repeat(DailyDemand.None, line.Stops.Count).ToArray();
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
                var covered = CoveredDays(visitDays, day);
                var carried = covered.Aggregate(
                    StopLoad.Zero, (sum, x) => sum + new StopLoad(s.Demand[x].Down, s.Demand[x].Up));
                var carriedByClass = covered.Aggregate(DailyDemand.None, (sum, x) => Add(sum, s.Demand[x]));
                var visits = byDay[Weekdays.Index(day)];
                var share = 1.0 / visits.Count;
                foreach (var (line, stop) in visits)
                {
                    var arr = loads[(line.Id, day)];
                    arr[stop] += new StopLoad(carried.Drop * share, carried.Pick * share);
                    var byClass = classes[(line.Id, day)];
                    byClass[stop] = Add(byClass[stop], Scale(carriedByClass, share, share));
                }
            }
        }

        // 2. Feeder goods ride the trunks that stop at the feeder's station the same day and connect in time.
        var handling = scenario.Parameters.TransferHandlingTime;
        foreach (var feeder in plan.Lines.Where(l => l.Kind == LineKind.Feeder))
        {
            foreach (var day in feeder.ServiceDays.Days)
            {
                var total = Sum(loads[(feeder.Id, day)]);
                var totalByClass = classes[(feeder.Id, day)].Aggregate(DailyDemand.None, Add);
                var trunks = TrunkCallsAt(plan, feeder.HomeDepot, day);
                if (trunks.Count == 0)
                {
                    continue;
                }

                var down = DownConnections(trunks, feeder, handling);
                var up = UpConnections(trunks, feeder, handling);
                foreach (var (line, stop) in down.Count > 0 ? down : trunks)
                {
                    var arr = loads[(line.Id, day)];
                    var share = 1.0 / (down.Count > 0 ? down.Count : trunks.Count);
                    arr[stop] += new StopLoad(total.Drop * share, Quantity.Zero);
                    var byClass = classes[(line.Id, day)];
                    byClass[stop] = Add(byClass[stop], Scale(totalByClass, share, 0));
                }

                foreach (var (line, stop) in up.Count > 0 ? up : trunks)
                {
                    var arr = loads[(line.Id, day)];
                    var share = 1.0 / (up.Count > 0 ? up.Count : trunks.Count);
                    arr[stop] += new StopLoad(Quantity.Zero, total.Pick * share);
                    var byClass = classes[(line.Id, day)];
                    byClass[stop] = Add(byClass[stop], Scale(totalByClass, 0, share));
                }
            }
        }

        return new DemandAssignment(loads, classes);
    }

    /// <summary>The trunk lines stopping at <paramref name="station"/> on <paramref name="day"/>, with the stop index.</summary>
    public static IReadOnlyList<(Line Line, int Stop)> TrunkCallsAt(LinePlan plan, SiteId station, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.LinesOn(day)
            .Where(l => l.Kind == LineKind.Trunk)
            .Select(l => (Line: l, Stop: l.IndexOf(station)))
            .Where(x => x.Stop >= 0)
            .ToArray();
    }

    /// <summary>The trunk calls that bring a feeder's down goods in time: arrival + handling ≤ the feeder's departure.</summary>
    public static IReadOnlyList<(Line Line, int Stop)> DownConnections(IReadOnlyList<(Line Line, int Stop)> trunkCalls, Line feeder, TimeSpan handling)
    {
        ArgumentNullException.ThrowIfNull(trunkCalls);
        ArgumentNullException.ThrowIfNull(feeder);
        return trunkCalls.Where(t => t.Line.Stops[t.Stop].Arrival.ToTimeSpan() + handling <= feeder.Departure.ToTimeSpan()).ToArray();
    }

    /// <summary>The trunk calls that take a feeder's produce up in time: departure ≥ the feeder's return + handling.</summary>
    public static IReadOnlyList<(Line Line, int Stop)> UpConnections(IReadOnlyList<(Line Line, int Stop)> trunkCalls, Line feeder, TimeSpan handling)
    {
        ArgumentNullException.ThrowIfNull(trunkCalls);
        ArgumentNullException.ThrowIfNull(feeder);
        return trunkCalls.Where(t => t.Line.Stops[t.Stop].Departure.ToTimeSpan() >= feeder.Return.ToTimeSpan() + handling).ToArray();
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

    /// <summary>
    /// The goods of <paramref name="line"/>'s stops on <paramref name="day"/> by class, in stop order: the consumer
    /// goods, farm inputs and parcels dropped at the stop and the produce picked up there. Same rules and shares as
    /// <see cref="For"/>.
    /// </summary>
    public IReadOnlyList<DailyDemand> ByClass(Line line, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _classes.TryGetValue((line.Id, day), out var arr)
            ? arr
            : throw new ArgumentException($"Line {line.Id} does not run on {day}.", nameof(day));
    }

    /// <summary>Everything the line drops and picks up on that day, by goods class.</summary>
    public DailyDemand TotalByClass(Line line, DayOfWeek day) => ByClass(line, day).Aggregate(DailyDemand.None, Add);

    private static DailyDemand Add(DailyDemand a, DailyDemand b) =>
        new(a.ConsumerGoods + b.ConsumerGoods, a.FarmInputs + b.FarmInputs, a.Parcels + b.Parcels, a.Produce + b.Produce);

    private static DailyDemand Scale(DailyDemand d, double down, double up) =>
        new(d.ConsumerGoods * down, d.FarmInputs * down, d.Parcels * down, d.Produce * up);

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
