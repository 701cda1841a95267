using System.Globalization;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// The re-planning of one dispatch day (see <see cref="DispatchPlanner"/> for the rules). Works on a copy of the
/// day's lines; the goods of each stop come from the weekly <see cref="DemandAssignment"/> and move with the stop.
/// </summary>
internal sealed class DayReplanner
{
    private const long Day = 86400;

    /// <summary>Enough exact load checks per choice to get past a few candidates that shift goods onto other trunks.</summary>
    private const int MaxExactChecks = 25;

    private static readonly string PlaceholderHash = ScenarioFingerprint.Prefix + new string('0', 64);

    private readonly Scenario _scenario;
    private readonly ITravelTimes _travel;
    private readonly DayOfWeek _day;
    private readonly HashSet<VehicleRef> _unavailable;
    private readonly long _handling;
    private readonly IReadOnlyDictionary<SiteId, DailyDemand> _plannedOwn;
    private readonly Dictionary<SiteId, int> _visits;
    private Dictionary<string, (bool Down, bool Up)> _baseline = [];
    private Scenario? _dayScenario;

    public DayReplanner(LinePlan plan, Scenario scenario, ITravelTimes travel, DayOfWeek day, IEnumerable<VehicleRef> unavailable, DemandAssignment weekly, IReadOnlyDictionary<SiteId, DailyDemand> own)
    {
        _scenario = scenario;
        _travel = travel;
        _day = day;
        _unavailable = [.. unavailable];
        _handling = (long)scenario.Parameters.TransferHandlingTime.TotalSeconds;
        _plannedOwn = own;
        Own = new Dictionary<SiteId, DailyDemand>(own);
        _visits = plan.LinesOn(day).SelectMany(l => l.Stops.Select(s => s.Site)).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        Lines = plan.LinesOn(day).Select(l =>
        {
            var type = l.VehicleType is VehicleTypeId t ? scenario.VehicleTypes.First(v => v.Id == t) : null;
            return new WorkLine
            {
                Line = l,
                Type = type,
                Vehicle = l.Kind == LineKind.CoModal ? null : l.Vehicle,
                PlannedVehicle = l.Kind == LineKind.CoModal ? null : l.VehicleLabel,
                Goods = [.. weekly.ByClass(l, day)],
                MovedFrom = [.. l.Stops.Select(_ => (string?)null)],
            };
        }).ToList();
    }

    public List<WorkLine> Lines { get; private set; }

    public List<StopMove> Moves { get; } = [];

    public List<UnservedStop> Unserved { get; } = [];

    /// <summary>
    /// What each site hands over that day: the weekly plan's goods, less the share of each visit that cannot be made
    /// (so the site's other visits that day keep their share).
    /// </summary>
    public Dictionary<SiteId, DailyDemand> Own { get; }

    public void Run()
    {
        NumberVehicles();
        _baseline = TransferStatus(Lines);
        foreach (var line in Lines.Where(l => l.Affected).OrderBy(l => l.Line.Departure).ThenBy(l => l.Line.Id, StringComparer.Ordinal).ToList())
        {
            Replan(line.Line.Id);
        }
    }

    /// <summary>
    /// Lines naming a vehicle keep it (and are affected when it is unavailable); the others get the lowest-numbered
    /// available vehicle of their type that is free (no overlap, the vehicle's day within the shift), by departure.
    /// </summary>
    private void NumberVehicles()
    {
        foreach (var line in Lines.Where(l => l.Vehicle is int n && _unavailable.Contains(new VehicleRef(l.Type!.Id, n))))
        {
            line.Affected = true;
        }

        foreach (var line in Lines.Where(l => l.Type is not null && l.Line.Kind != LineKind.CoModal && l.Vehicle is null)
            .OrderBy(l => l.Line.Departure).ThenBy(l => l.Line.Id, StringComparer.Ordinal))
        {
            var type = line.Type!;
            for (var n = 1; n <= type.Count; n++)
            {
                if (_unavailable.Contains(new VehicleRef(type.Id, n)))
                {
                    continue;
                }

                var others = VehicleLines(Lines, type, n, line);
                if (Fits(others, Sec(line.Line.Departure), Sec(line.Line.Return), type) is null)
                {
                    line.Vehicle = n;
                    break;
                }
            }

            if (line.Vehicle is null && _unavailable.Any(u => u.Type == type.Id))
            {
                line.Affected = true;
            }
        }
    }

    private void Replan(string lineId)
    {
        var original = Lines.First(l => l.Line.Id == lineId);

        // A: every stop into other lines of the depot (cheapest feasible insertion first), on a copy of the day.
        var trial = Lines.Select(l => l.Clone()).ToList();
        var trialMoves = new List<StopMove>();
        var failures = InsertStops(trial, trial.First(l => l.Line.Id == lineId), trialMoves);
        var trialLine = trial.First(l => l.Line.Id == lineId);
        var insertionCost = trialMoves.Sum(m => m.ExtraCost) - VariableCost(original.Line, original.Type!);

        // B: the whole line on another free vehicle of the type.
        var whole = BestVehicle(Lines, original, original.Line, original.Goods);

        if (trialLine.Line.Stops.Count == 0 && (whole.Choice is null || insertionCost <= whole.Choice.Value.Cost))
        {
            trialLine.Removed = true;
            Lines = trial;
            Moves.AddRange(trialMoves);
            return;
        }

        if (whole.Choice is { } b)
        {
            Commit(original, b.Vehicle, b.Line);
            Moves.AddRange(original.Line.Stops.Select((s, i) => new StopMove(lineId, s.Site, lineId, Label(original), 0, i == 0 ? b.Cost : 0)));
            return;
        }

        // Partly: what could be inserted is, the rest tries another vehicle as a shorter line, or is listed.
        Lines = trial;
        Moves.AddRange(trialMoves);
        if (trialLine.Line.Stops.Count == 0)
        {
            trialLine.Removed = true;
            return;
        }

        var rest = Retime(trialLine.Line, trialLine.Line.Departure, 0, trialLine.Type, keepWaits: false);
        var residual = rest.Line is { } r ? BestVehicle(Lines, trialLine, r, trialLine.Goods) : (null, rest.Failure);
        if (residual.Choice is { } c)
        {
            Commit(trialLine, c.Vehicle, c.Line);
            Moves.AddRange(c.Line.Stops.Select((s, i) => new StopMove(lineId, s.Site, lineId, Label(trialLine), 0, i == 0 ? c.Cost : 0)));
            return;
        }

        for (var i = 0; i < trialLine.Line.Stops.Count; i++)
        {
            var site = trialLine.Line.Stops[i].Site;
            var why = failures.TryGetValue(site, out var f) ? f : residual.Failure ?? whole.Failure ?? NoVehicle(trialLine);
            var short_ = trialLine.Line.Kind == LineKind.Trunk ? FeedersShort(trialLine, site) : [];
            var (zh, en) = short_.Count == 0 ? (why.Chinese, why.English)
                : ($"{why.Chinese}；支线 {string.Join("、", short_)} 少收这班干线的货物", $"{why.English}; feeder(s) {string.Join(", ", short_)} go without this trunk's share");
            Unserved.Add(new UnservedStop(lineId, site, _scenario[site].Name, trialLine.Goods[i], why.Code, zh, en));
            if (_plannedOwn.TryGetValue(site, out var planned) && _visits.TryGetValue(site, out var k) && k > 0)
            {
                var own = Own[site];
                Own[site] = new DailyDemand(
                    Share(own.ConsumerGoods, planned.ConsumerGoods, k), Share(own.FarmInputs, planned.FarmInputs, k),
                    Share(own.Parcels, planned.Parcels, k), Share(own.Produce, planned.Produce, k));
                _dayScenario = null;
            }
        }

        trialLine.Removed = true;
    }

    /// <summary>
    /// A trunk's call at a station is dropped: the feeders there lose the share of their goods it would have brought
    /// (down) or taken (produce), as the trunks at the station share them (<see cref="DemandAssignment"/> rule 3). Their
    /// outlets' goods of the day are reduced by that much, so no other trunk is counted as carrying them. Returns the
    /// feeders concerned.
    /// </summary>
    private List<string> FeedersShort(WorkLine trunk, SiteId station)
    {
        var concerned = new List<string>();
        var calls = Lines.Where(t => !t.Removed && t.Line.Kind == LineKind.Trunk && t.Line.IndexOf(station) >= 0).ToList();
        foreach (var feeder in Lines.Where(l => !l.Removed && l.Line.Kind == LineKind.Feeder && l.Line.HomeDepot == station && l.Line.Stops.Count > 0))
        {
            var down = calls.Where(c => Sec(c.Line.Stops[c.Line.IndexOf(station)].Arrival) + _handling <= Sec(feeder.Line.Departure)).ToList();
            var up = calls.Where(c => Sec(c.Line.Stops[c.Line.IndexOf(station)].Departure) >= Sec(feeder.Line.Return) + _handling).ToList();
            var downSet = down.Count > 0 ? down : calls;
            var upSet = up.Count > 0 ? up : calls;
            var fd = downSet.Contains(trunk) ? 1.0 / downSet.Count : 0;
            var fu = upSet.Contains(trunk) ? 1.0 / upSet.Count : 0;
            if (fd == 0 && fu == 0)
            {
                continue;
            }

            concerned.Add(feeder.Line.Id);
            for (var j = 0; j < feeder.Line.Stops.Count; j++)
            {
                var g = feeder.Goods[j];
                var lost = new DailyDemand(g.ConsumerGoods * fd, g.FarmInputs * fd, g.Parcels * fd, g.Produce * fu);
                feeder.Goods[j] = Minus(g, lost);
                var site = feeder.Line.Stops[j].Site;
                if (Own.TryGetValue(site, out var own))
                {
                    Own[site] = Minus(own, lost);
                    _dayScenario = null;
                }
            }
        }

        return concerned;
    }

    private static DailyDemand Minus(DailyDemand a, DailyDemand b) => new(
        NonNegative(a.ConsumerGoods - b.ConsumerGoods), NonNegative(a.FarmInputs - b.FarmInputs),
        NonNegative(a.Parcels - b.Parcels), NonNegative(a.Produce - b.Produce));

    private static Quantity NonNegative(Quantity q) => new(Math.Max(0, q.Kg), Math.Max(0, q.M3));

    private static void Commit(WorkLine line, int vehicle, Line timed)
    {
        line.Vehicle = vehicle;
        line.Line = timed;
        line.Affected = false;
    }

    private Failure NoVehicle(WorkLine line) => new(
        DispatchReasons.NoVehicle, 0,
        $"{_scenario[line.Line.HomeDepot].Name} 当天没有其他线路或空闲的 {line.Type?.Name ?? "车辆"}",
        $"no other line from {line.Line.HomeDepot.Value} runs that day and no other {line.Type?.Id.Value ?? "vehicle"} is free");

    /// <summary>
    /// Inserts the line's stops one by one, cheapest feasible first (the quick checks on every candidate, then the
    /// exact loads of the whole day on the cheapest ones); returns for each stop left the failure of its nearest candidate.
    /// </summary>
    private Dictionary<SiteId, Failure> InsertStops(List<WorkLine> lines, WorkLine from, List<StopMove> moves)
    {
        var failures = new Dictionary<SiteId, Failure>();
        while (from.Line.Stops.Count > 0)
        {
            var feasible = new List<(double Cost, double Km, int Stop, WorkLine Target, Line Line, List<DailyDemand> Goods, List<string?> MovedFrom)>();
            failures.Clear();
            for (var i = 0; i < from.Line.Stops.Count; i++)
            {
                var site = from.Line.Stops[i].Site;
                foreach (var target in lines.Where(l => Eligible(l, from)))
                {
                    foreach (var option in InsertionOptions(target, site, from.Goods[i], from.Line.Id))
                    {
                        var failure = option.Failure ?? Check(lines, target, option.Line!, option.Goods!, (from, i));
                        if (failure is null)
                        {
                            feasible.Add((option.Cost, option.Km, i, target, option.Line!, option.Goods!, option.MovedFrom!));
                        }
                        else
                        {
                            Note(failures, site, failure.Value with { Km = option.Km });
                        }
                    }
                }
            }

            (double Cost, double Km, int Stop, WorkLine Target, Line Line, List<DailyDemand> Goods, List<string?> MovedFrom)? best = null;
            var reference = Ratios(lines);
            foreach (var candidate in feasible.OrderBy(c => c.Cost).ThenBy(c => c.Km).Take(MaxExactChecks))
            {
                var view = View(lines, candidate.Target, candidate.Line, candidate.Goods, (from, candidate.Stop));
                if (ExactOverload(view, reference) is { } over)
                {
                    Note(failures, from.Line.Stops[candidate.Stop].Site, over with { Km = candidate.Km });
                    continue;
                }

                best = candidate;
                break;
            }

            if (best is not { } b)
            {
                return failures;
            }

            var moved = from.Line.Stops[b.Stop].Site;
            b.Target.Line = b.Line;
            b.Target.Goods = b.Goods;
            b.Target.MovedFrom = b.MovedFrom;
            moves.Add(new StopMove(from.Line.Id, moved, b.Target.Line.Id, Label(b.Target), b.Km, b.Cost));
            var stops = from.Line.Stops.ToList();
            stops.RemoveAt(b.Stop);
            from.Goods.RemoveAt(b.Stop);
            from.MovedFrom.RemoveAt(b.Stop);
            from.Line = from.Line with { Stops = stops };
        }

        return failures;
    }

    private static void Note(Dictionary<SiteId, Failure> failures, SiteId site, Failure failure)
    {
        if (!failures.TryGetValue(site, out var known) || failure.Km < known.Km)
        {
            failures[site] = failure;
        }
    }

    private static bool Eligible(WorkLine target, WorkLine from) =>
        !target.Removed && !target.Affected && target != from && target.Line.Kind != LineKind.CoModal
        && target.Type is not null && target.Vehicle is not null && target.Line.HomeDepot == from.Line.HomeDepot;

    private IEnumerable<(double Cost, double Km, Line? Line, List<DailyDemand>? Goods, List<string?>? MovedFrom, Failure? Failure)> InsertionOptions(
        WorkLine target, SiteId site, DailyDemand goods, string fromLine)
    {
        var existing = target.Line.IndexOf(site);
        if (existing >= 0)
        {
            // The line already calls there that day: it takes the goods too, without a detour.
            var merged = target.Goods.ToList();
            merged[existing] = Add(merged[existing], goods);
            yield return (0, 0, target.Line, merged, target.MovedFrom.ToList(), null);
            yield break;
        }

        var oldKm = Km(target.Line, target.Type);
        for (var p = 0; p <= target.Line.Stops.Count; p++)
        {
            var stops = target.Line.Stops.ToList();
            var placeholder = new LineStop(site, TimeOnly.MinValue, TimeOnly.MinValue);
            stops.Insert(p, placeholder);
            var timed = Retime(target.Line with { Stops = stops }, target.Line.Departure, p, target.Type, keepWaits: true, newStop: p);
            var candidate = target.Line with { Stops = stops };
            var km = Km(candidate, target.Type) - oldKm;
            if (timed.Line is not { } line)
            {
                yield return (double.MaxValue, km, null, null, null, timed.Failure);
                continue;
            }

            var hours = (Sec(line.Return) - Sec(target.Line.Return)) / 3600.0;
            var cost = km * target.Type!.CostPerKm + hours * target.Type.CostPerHour;
            var g = target.Goods.ToList();
            g.Insert(p, goods);
            var m = target.MovedFrom.ToList();
            m.Insert(p, fromLine);
            yield return (cost, km, line, g, m, null);
        }
    }

    /// <summary>
    /// Times a line's stops from <paramref name="from"/> on: the arrival is the previous departure plus the drive, the
    /// vehicle waits for the opening, the departure is the end of the service (at a township station it keeps a
    /// later planned departure, a wait for a transfer, when <paramref name="keepWaits"/>); fails on a closed site or
    /// past midnight.
    /// </summary>
    private (Line? Line, Failure? Failure) Retime(Line line, TimeOnly departure, int from, VehicleType? type, bool keepWaits, int newStop = -1)
    {
        var stops = line.Stops.ToList();
        long t = from == 0 ? Sec(departure) : Sec(stops[from - 1].Departure);
        var previous = from == 0 ? line.HomeDepot : stops[from - 1].Site;
        for (var i = from; i < stops.Count; i++)
        {
            var site = _scenario[stops[i].Site];
            var arrival = t + _travel.Between(previous, site.Id, type).Time.Value;
            var start = Math.Max(arrival, Sec(site.OpeningHours.Open));
            var end = start + (long)Math.Round(PlanVerifier.ServiceTime(site, _scenario.Parameters).TotalSeconds);
            if (end > Sec(site.OpeningHours.Close) || end >= Day)
            {
                return (null, new Failure(DispatchReasons.OpeningHours, 0,
                    $"{site.Name} 营业至 {Clock(Sec(site.OpeningHours.Close))}，作业到 {Clock(end)} 才结束",
                    $"{site.Name} closes at {Clock(Sec(site.OpeningHours.Close))}, the service would end at {Clock(end)}"));
            }

            var leave = keepWaits && i != newStop && site.Tier == SiteTier.TownshipStation ? Math.Max(end, Sec(stops[i].Departure)) : end;
            stops[i] = new LineStop(site.Id, At(arrival), At(leave));
            previous = site.Id;
            t = leave;
        }

        var back = t + _travel.Between(previous, line.HomeDepot, type).Time.Value;
        if (back >= Day)
        {
            return (null, new Failure(DispatchReasons.Shift, 0, $"回场时间 {Clock(back)} 已过午夜", $"the return at {Clock(back)} is past midnight"));
        }

        return (line with { Departure = departure, Stops = stops, Return = At(back) }, null);
    }

    /// <summary>
    /// The checks of a changed line on its vehicle: shift, overlap, capacity stop by stop, and no trunk–feeder
    /// connection lost (with the stop being moved taken off the line it comes from).
    /// </summary>
    private Failure? Check(List<WorkLine> lines, WorkLine target, Line line, List<DailyDemand> goods, (WorkLine From, int Stop)? moving = null)
    {
        var type = target.Type!;
        if (line.Duration > type.ShiftLength)
        {
            return new Failure(DispatchReasons.Shift, 0,
                F($"线路 {line.Id} 将用时 {line.Duration.TotalHours:0.##} 小时，超过班次 {type.ShiftLength.TotalHours:0.##} 小时"),
                F($"line {line.Id} would take {line.Duration.TotalHours:0.##} h, longer than the shift of {type.ShiftLength.TotalHours:0.##} h"));
        }

        if (target.Vehicle is int n && Fits(VehicleLines(lines, type, n, target), Sec(line.Departure), Sec(line.Return), type) is { } clash)
        {
            return clash with
            {
                Chinese = $"车辆 {type.Id.Value}#{n}：{clash.Chinese}",
                English = $"vehicle {type.Id.Value}#{n}: {clash.English}",
            };
        }

        var capacity = target.Capacity;
        var down = goods.Aggregate(Quantity.Zero, (s, g) => s + g.Down);
        var up = Quantity.Zero;
        var onBoard = down;
        var at = line.HomeDepot;
        for (var i = 0; ; i++)
        {
            if (onBoard.Kg > capacity.Kg * (1 + 1e-9) || onBoard.M3 > capacity.M3 * (1 + 1e-9))
            {
                return new Failure(DispatchReasons.OverCapacity, 0,
                    F($"线路 {line.Id} 在 {at.Value} 车上将有 {onBoard.Kg:0.#} kg / {onBoard.M3:0.##} m³，超过 {capacity.Kg:0.#} kg / {capacity.M3:0.##} m³"),
                    F($"line {line.Id} would carry {onBoard.Kg:0.#} kg / {onBoard.M3:0.##} m³ at {at.Value}, above {capacity.Kg:0.#} kg / {capacity.M3:0.##} m³"));
            }

            if (i == goods.Count)
            {
                break;
            }

            down = new Quantity(down.Kg - goods[i].Down.Kg, down.M3 - goods[i].Down.M3);
            up += goods[i].Up;
            onBoard = down + up;
            at = line.Stops[i].Site;
        }

        var status = TransferStatus(View(lines, target, line, goods, moving));
        foreach (var (feeder, before) in _baseline)
        {
            if (status.TryGetValue(feeder, out var now) && ((before.Down && !now.Down) || (before.Up && !now.Up)))
            {
                return new Failure(DispatchReasons.Transfer, 0,
                    $"支线 {feeder} 将无法在 {lines.First(l => l.Line.Id == feeder).Line.HomeDepot.Value} 衔接干线（{(now.Down ? "上行" : "下行")}）",
                    $"feeder {feeder} would lose its trunk connection at {lines.First(l => l.Line.Id == feeder).Line.HomeDepot.Value} ({(now.Down ? "up" : "down")})");
            }
        }

        return null;
    }

    /// <summary>The best other free vehicle of the line's type to run it (at its time or after one of that vehicle's lines).</summary>
    private ((int Vehicle, Line Line, double Cost)? Choice, Failure? Failure) BestVehicle(List<WorkLine> lines, WorkLine line, Line version, List<DailyDemand> goods)
    {
        var type = line.Type!;
        (int, Line, double)? best = null;
        Failure? failure = null;
        var reference = Ratios(lines);
        for (var n = 1; n <= type.Count; n++)
        {
            if (n == line.Vehicle || _unavailable.Contains(new VehicleRef(type.Id, n)))
            {
                continue;
            }

            var others = VehicleLines(lines, type, n, line);
            var starts = others.Select(o => Sec(o.Line.Return)).Where(r => r > Sec(version.Departure)).Prepend(Sec(version.Departure)).Distinct().Order();
            foreach (var start in starts)
            {
                var (timed, why) = start == Sec(version.Departure) ? (version, null) : Retime(version, At(start), 0, type, keepWaits: false);
                if (timed is null)
                {
                    failure ??= why;
                    continue;
                }

                var probe = new WorkLine { Line = timed, Type = type, Vehicle = n, Goods = goods, MovedFrom = line.MovedFrom };
                var view = lines.Select(l => l == line ? probe : l).ToList();
                var check = Check(view, probe, timed, goods) ?? ExactOverload(view, reference);
                if (check is not null)
                {
                    failure ??= check;
                    continue;
                }

                var cost = (others.Count == 0 ? type.FixedCostPerDay : 0) + (timed.Duration - version.Duration).TotalHours * type.CostPerHour;
                if (best is null || cost < best.Value.Item3)
                {
                    best = (n, timed, cost);
                }

                break;
            }
        }

        return (best, best is null ? failure : null);
    }

    /// <summary>For every feeder: whether its down goods have a trunk in time and its produce a trunk after it (true when it has none).</summary>
    private Dictionary<string, (bool Down, bool Up)> TransferStatus(List<WorkLine> lines)
    {
        var trunks = lines.Where(l => !l.Removed && l.Line.Kind == LineKind.Trunk).ToList();
        var result = new Dictionary<string, (bool, bool)>(StringComparer.Ordinal);
        foreach (var feeder in lines.Where(l => !l.Removed && l.Line.Kind == LineKind.Feeder && l.Line.Stops.Count > 0))
        {
            var total = feeder.Goods.Aggregate(DailyDemand.None, Add);
            var calls = trunks.Select(t => (t.Line, Stop: t.Line.IndexOf(feeder.Line.HomeDepot))).Where(c => c.Stop >= 0).ToList();
            var down = total.Down.IsZero || calls.Any(c => Sec(c.Line.Stops[c.Stop].Arrival) + _handling <= Sec(feeder.Line.Departure));
            var up = total.Up.IsZero || calls.Any(c => Sec(c.Line.Stops[c.Stop].Departure) >= Sec(feeder.Line.Return) + _handling);
            result[feeder.Line.Id] = (down, up);
        }

        return result;
    }

    /// <summary>The day with <paramref name="target"/> changed and the stop being moved taken off its line.</summary>
    private static List<WorkLine> View(List<WorkLine> lines, WorkLine target, Line line, List<DailyDemand> goods, (WorkLine From, int Stop)? moving) =>
        lines.Select(l => l == target
                ? new WorkLine { Line = line, Type = l.Type, Vehicle = l.Vehicle, Goods = goods, MovedFrom = l.MovedFrom }
                : moving is { } m && l == m.From ? Without(l, m.Stop) : l)
            .ToList();

    /// <summary>
    /// The loads of the whole day by the plan's own rules (<see cref="DemandAssignment"/> on the day's lines and the
    /// sites' goods of the day): a moved stop can change how a station's goods are shared among the trunks calling
    /// there, so the quick check of the changed line alone is not enough. The first line over capacity that was not
    /// (or less) before, or null.
    /// </summary>
    private Failure? ExactOverload(List<WorkLine> view, Dictionary<string, double> reference)
    {
        foreach (var (line, ratio, load, capacity) in Loads(view))
        {
            if (ratio > 1 + 1e-9 && ratio > reference.GetValueOrDefault(line.Id) + 1e-9)
            {
                return new Failure(DispatchReasons.OverCapacity, 0,
                    F($"线路 {line.Id} 车上将有 {load.Kg:0.#} kg / {load.M3:0.##} m³，超过 {capacity.Kg:0.#} kg / {capacity.M3:0.##} m³"),
                    F($"line {line.Id} would carry {load.Kg:0.#} kg / {load.M3:0.##} m³, above {capacity.Kg:0.#} kg / {capacity.M3:0.##} m³"));
            }
        }

        return null;
    }

    private Dictionary<string, double> Ratios(List<WorkLine> lines) => Loads(lines).ToDictionary(x => x.Line.Id, x => x.Ratio, StringComparer.Ordinal);

    private IEnumerable<(Line Line, double Ratio, Quantity Load, Quantity Capacity)> Loads(List<WorkLine> lines)
    {
        var running = lines.Where(l => !l.Removed && l.Line.Stops.Count > 0).ToList();
        var b = new LinePlanBuilder { ScenarioName = _scenario.Name, ScenarioHash = PlaceholderHash };
        foreach (var w in running)
        {
            b.AddLine(w.Line with { ServiceDays = ServiceDays.Of(_day), Vehicle = null });
        }

        var plan = b.Build();
        _dayScenario ??= DispatchPlanner.DayScenario(_scenario, _day, Own);
        var assignment = DemandAssignment.Compute(plan, _dayScenario);
        foreach (var (w, line) in running.Zip(plan.Lines))
        {
            var capacity = w.Capacity;
            var loads = assignment.For(line, _day);
            var (peak, ratio) = LoadProfile.Peak(loads, capacity);
            yield return (line, ratio, peak, capacity);
        }
    }

    /// <summary><paramref name="left"/> less one visit's share (1/k) of <paramref name="planned"/>, never below 0.</summary>
    private static Quantity Share(Quantity left, Quantity planned, int k) =>
        new(Math.Max(0, left.Kg - planned.Kg / k), Math.Max(0, left.M3 - planned.M3 / k));

    private static WorkLine Without(WorkLine line, int stop)
    {
        var copy = line.Clone();
        var stops = copy.Line.Stops.ToList();
        stops.RemoveAt(stop);
        copy.Line = copy.Line with { Stops = stops };
        copy.Goods.RemoveAt(stop);
        copy.MovedFrom.RemoveAt(stop);
        return copy;
    }

    private static List<WorkLine> VehicleLines(List<WorkLine> lines, VehicleType type, int number, WorkLine except) =>
        lines.Where(l => l != except && !l.Removed && l.Type?.Id == type.Id && l.Vehicle == number && l.Line.Kind != LineKind.CoModal)
            .OrderBy(l => l.Line.Departure).ToList();

    /// <summary>Null when [start, end) fits among the vehicle's other lines and its day stays within the shift.</summary>
    private static Failure? Fits(List<WorkLine> others, long start, long end, VehicleType type)
    {
        foreach (var o in others)
        {
            if (start < Sec(o.Line.Return) && Sec(o.Line.Departure) < end)
            {
                return new Failure(DispatchReasons.Shift, 0,
                    $"与线路 {o.Line.Id}（{o.Line.Departure:HH\\:mm}–{o.Line.Return:HH\\:mm}）时间重叠",
                    $"overlaps line {o.Line.Id} ({o.Line.Departure:HH\\:mm}–{o.Line.Return:HH\\:mm})");
            }
        }

        var first = others.Select(o => Sec(o.Line.Departure)).Append(start).Min();
        var last = others.Select(o => Sec(o.Line.Return)).Append(end).Max();
        return last - first > (long)type.ShiftLength.TotalSeconds
            ? new Failure(DispatchReasons.Shift, 0,
                F($"当天工作 {Clock(first)}–{Clock(last)}，超过班次 {type.ShiftLength.TotalHours:0.##} 小时"),
                F($"the day would run {Clock(first)}–{Clock(last)}, longer than the shift of {type.ShiftLength.TotalHours:0.##} h"))
            : null;
    }

    private double Km(Line line, VehicleType? type)
    {
        var metres = 0L;
        var previous = line.HomeDepot;
        foreach (var stop in line.Stops)
        {
            metres += _travel.Between(previous, stop.Site, type).Distance.Value;
            previous = stop.Site;
        }

        return (metres + _travel.Between(previous, line.HomeDepot, type).Distance.Value) / 1000.0;
    }

    private double VariableCost(Line line, VehicleType type) => Km(line, type) * type.CostPerKm + line.Duration.TotalHours * type.CostPerHour;

    private static string? Label(WorkLine line) => line.Type is { } t && line.Vehicle is int n ? new VehicleRef(t.Id, n).Label : null;

    internal static DailyDemand Add(DailyDemand a, DailyDemand b) =>
        new(a.ConsumerGoods + b.ConsumerGoods, a.FarmInputs + b.FarmInputs, a.Parcels + b.Parcels, a.Produce + b.Produce);

    private static long Sec(TimeOnly t) => t.Ticks / TimeSpan.TicksPerSecond;

    private static TimeOnly At(long seconds) => TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds));

    private static string Clock(long seconds) => seconds is >= 0 and < Day
        ? LinePlanJson.FormatTime(At(seconds))
        : F($"+{TimeSpan.FromSeconds(seconds):hh\\:mm}");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Why a candidate was rejected: a <see cref="DispatchReasons"/> code, the detour it would have taken, the texts.</summary>
    internal readonly record struct Failure(string Code, double Km, string Chinese, string English);
}
