using System.Globalization;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;

namespace Logistics.Planning.Verification;

/// <summary>
/// Checks a plan against its scenario, independently of whatever made the plan. It recomputes everything from the
/// scenario and the plan's stops and times and reports every violation (it never stops at the first):
/// <list type="bullet">
/// <item>the plan belongs to the scenario (name and fingerprint), every site and vehicle type exists, and each line
/// starts at its vehicle type's home depot (trunk and direct lines at the county hub, feeders at a township
/// station);</item>
/// <item>every site with <see cref="Site.RequiredVisitsPerWeek"/> &gt; 0 has that many visit days, spread as
/// <see cref="VisitSpread"/> defines;</item>
/// <item>times: leaving the depot at the line's departure, each planned arrival equals the previous departure plus
/// the driving time (± <see cref="VerifierOptions.TimeTolerance"/>); a vehicle arriving before the site opens waits,
/// so the departure equals max(arrival, opening) + service time (at a township station it may be later: a vehicle may
/// wait there for a transfer); the service ends by closing time; the return equals
/// the last departure plus the drive back. A line has one timetable for all its days, so times cannot differ between
/// days. Co-modal buses keep their own timetable, slower than the travel times when they like (passenger stops) but
/// never faster (<see cref="ViolationCodes.ImpossibleTravel"/>);</item>
/// <item>no line leaves its home depot (the hub, or a feeder's township station) before the depot opens;</item>
/// <item>trunk lines call only at township stations (and the hub), never at a village outlet or village;</item>
/// <item>demand carried: every site's weekly demand, down and up, rides a line connected to the hub
/// (<see cref="DemandCarriedCheck"/>); the totals are in <see cref="VerificationReport.Carried"/>;</item>
/// <item>load on every day of every line, stop by stop, in kg and m³, with goods assigned by
/// <see cref="DemandAssignment"/>: down goods loaded at the depot and dropped at the stops, produce picked up, the
/// sum on board never above the vehicle's capacity (the hold capacity for a co-modal bus); reported once per line,
/// day and unit, at the first place (depot or stop) where the load exceeds it;</item>
/// <item>each line's duration within its vehicle type's shift, on each of its days;</item>
/// <item>vehicles: on each day, the number of lines of a type on the road at the same time (intervals from departure
/// to return; one vehicle may run several lines a day one after the other) is at most the type's count;</item>
/// <item>transfers: for each feeder from station S on day d carrying goods, some trunk stops at S that day; when the
/// feeder carries goods down, some such trunk arrives at S at least the handling time before the feeder leaves; when
/// it brings produce, some such trunk leaves S at least the handling time after the feeder returns. Which trunk serves
/// which station comes from the trunks' stops;</item>
/// <item>each locked or co-modal line of the previous plan is present and byte-identical in its JSON.</item>
/// </list>
/// </summary>
public static class PlanVerifier
{
    public static VerificationReport Verify(
        LinePlan plan,
        Scenario scenario,
        ITravelTimes travelTimes,
        LinePlan? previous = null,
        VerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(travelTimes);
        options ??= VerifierOptions.Default;
        var v = new List<Violation>();

        CheckScenario(plan, scenario, v);
        var usable = CheckReferences(plan, scenario, v);
        CheckVisits(plan, scenario, v);
        var assignment = DemandAssignment.Compute(plan, scenario);
        foreach (var line in usable)
        {
            var vehicle = line.VehicleType is VehicleTypeId id ? scenario.VehicleTypes.First(t => t.Id == id) : null;
            if (line.Kind == LineKind.CoModal)
            {
                CheckBusTimes(line, scenario, travelTimes, options, v);
            }
            else
            {
                CheckTimes(line, vehicle, scenario, travelTimes, options, v);
            }

            CheckDepotOpen(line, scenario, options, v);
            if (line.Kind == LineKind.Trunk)
            {
                CheckTrunkStops(line, scenario, v);
            }

            CheckCapacity(line, vehicle, assignment, options, v);
            if (vehicle is not null)
            {
                CheckShift(line, vehicle, v);
            }
        }

        var carried = DemandCarriedCheck.Check(usable, scenario, v);
        CheckVehicles(usable, scenario, v);
        CheckTransfers(plan, usable, scenario, assignment, v);
        if (previous is not null)
        {
            CheckLocked(plan, previous, v);
        }

        return new VerificationReport(v, carried);
    }

    private static void CheckScenario(LinePlan plan, Scenario scenario, List<Violation> v)
    {
        var hash = ScenarioFingerprint.Of(scenario);
        if (plan.ScenarioHash != hash || plan.ScenarioName != scenario.Name)
        {
            v.Add(new Violation(
                ViolationCodes.ScenarioMismatch, null, null, null, 0, 0, string.Empty,
                $"方案属于情景“{plan.ScenarioName}”（{Short(plan.ScenarioHash)}），不是“{scenario.Name}”（{Short(hash)}）",
                $"the plan was made for scenario '{plan.ScenarioName}' ({Short(plan.ScenarioHash)}), not '{scenario.Name}' ({Short(hash)})"));
        }
    }

    private static List<Line> CheckReferences(LinePlan plan, Scenario scenario, List<Violation> v)
    {
        var usable = new List<Line>();
        foreach (var line in plan.Lines)
        {
            var ok = true;
            foreach (var site in line.Stops.Select(s => s.Site).Prepend(line.HomeDepot))
            {
                if (!scenario.TryGetSite(site, out _))
                {
                    ok = false;
                    v.Add(new Violation(ViolationCodes.UnknownSite, line.Id, null, site, 0, 0, string.Empty,
                        $"情景中没有站点 {site.Value}", $"the scenario has no site {site.Value}"));
                }
            }

            VehicleType? vehicle = null;
            if (line.VehicleType is VehicleTypeId typeId)
            {
                vehicle = scenario.VehicleTypes.FirstOrDefault(t => t.Id == typeId);
                if (vehicle is null)
                {
                    ok = false;
                    v.Add(new Violation(ViolationCodes.UnknownVehicleType, line.Id, null, null, 0, 0, string.Empty,
                        $"情景中没有车型 {typeId.Value}", $"the scenario has no vehicle type {typeId.Value}"));
                }
            }

            if (!ok)
            {
                continue;
            }

            usable.Add(line);
            var depot = scenario[line.HomeDepot];
            if (vehicle is not null && vehicle.HomeDepot != line.HomeDepot)
            {
                v.Add(new Violation(ViolationCodes.WrongDepot, line.Id, null, line.HomeDepot, 0, 0, string.Empty,
                    $"车型 {vehicle.Id.Value} 停放在 {vehicle.HomeDepot.Value}，线路却从 {line.HomeDepot.Value} 出发",
                    $"vehicle type {vehicle.Id.Value} is based at {vehicle.HomeDepot.Value}, but the line starts at {line.HomeDepot.Value}"));
            }

            var expected = line.Kind switch
            {
                LineKind.Trunk or LineKind.Direct => SiteTier.CountyHub,
                LineKind.Feeder => SiteTier.TownshipStation,
                _ => depot.Tier,
            };
            if (depot.Tier != expected)
            {
                v.Add(new Violation(ViolationCodes.WrongDepot, line.Id, null, line.HomeDepot, 0, 0, string.Empty,
                    $"{LineKindNames.Chinese(line.Kind)}应从{SiteTierNames.Chinese(expected)}出发，{line.HomeDepot.Value} 是{SiteTierNames.Chinese(depot.Tier)}",
                    $"a {LineKindNames.Code(line.Kind)} line starts at a {SiteTierNames.Code(expected)}; {line.HomeDepot.Value} is a {SiteTierNames.Code(depot.Tier)}"));
            }
        }

        return usable;
    }

    private static void CheckVisits(LinePlan plan, Scenario scenario, List<Violation> v)
    {
        foreach (var site in scenario.Sites.Where(s => s.RequiredVisitsPerWeek > 0))
        {
            var visiting = plan.Lines.Where(l => l.IndexOf(site.Id) >= 0).ToList();
            var days = ServiceDays.Of(visiting.SelectMany(l => l.ServiceDays.Days));
            var required = site.RequiredVisitsPerWeek;
            if (days.Count < required)
            {
                v.Add(new Violation(ViolationCodes.MissingVisits, null, null, site.Id, days.Count, required, "visits/week",
                    $"{site.Name} 每周需 {required} 次，方案只有 {days.Count} 次（{Text(days, true)}）",
                    $"{site.Name} needs {required} visits a week, the plan has {days.Count} ({Text(days, false)})"));
                continue;
            }

            if (VisitSpread.IsSpread(days, required))
            {
                continue;
            }

            var list = days.Days;
            var gaps = VisitSpread.Gaps(days);
            var shortIndex = IndexOfMin(gaps);
            var (gapIndex, measured, limit) = gaps[shortIndex] < VisitSpread.MinGap(required)
                ? (shortIndex, gaps[shortIndex], VisitSpread.MinGap(required))
                : (IndexOfMax(gaps), gaps[IndexOfMax(gaps)], VisitSpread.MaxGap(required));
            var day = list[(gapIndex + 1) % list.Count];
            var line = visiting.First(l => l.ServiceDays.Contains(day));
            v.Add(new Violation(ViolationCodes.UnevenVisits, line.Id, day, site.Id, measured, limit, "days",
                $"{site.Name} 的到访日 {Text(days, true)} 分布不均：{Weekdays.Chinese(day)}距上次 {measured} 天，应为 {VisitSpread.MinGap(required)}–{VisitSpread.MaxGap(required)} 天",
                $"{site.Name} is visited {Text(days, false)}, not spread: {day} comes {measured} day(s) after the previous visit, {VisitSpread.MinGap(required)}–{VisitSpread.MaxGap(required)} needed"));
        }
    }

    private static void CheckTimes(Line line, VehicleType? vehicle, Scenario scenario, ITravelTimes travel, VerifierOptions options, List<Violation> v)
    {
        var tolerance = (long)Math.Round(options.TimeTolerance.TotalSeconds);
        var previous = line.HomeDepot;
        long t = Sec(line.Departure);
        foreach (var stop in line.Stops)
        {
            var site = scenario[stop.Site];
            var expectedArrival = t + travel.Between(previous, stop.Site, vehicle).Time.Value;
            if (Math.Abs(Sec(stop.Arrival) - expectedArrival) > tolerance)
            {
                v.Add(TimeViolation(line, stop.Site, "到达", "arrival", Sec(stop.Arrival), expectedArrival));
            }

            var start = Math.Max(Sec(stop.Arrival), Sec(site.OpeningHours.Open));
            var end = start + (long)Math.Round(ServiceTime(site, scenario.Parameters).TotalSeconds);
            if (end > Sec(site.OpeningHours.Close))
            {
                v.Add(new Violation(ViolationCodes.OutsideOpeningHours, line.Id, null, stop.Site, end / 60.0, Sec(site.OpeningHours.Close) / 60.0, "min",
                    $"{site.Name} 营业至 {site.OpeningHours.Close:HH\\:mm}，作业到 {Clock(end)} 才结束",
                    $"{site.Name} closes at {site.OpeningHours.Close:HH\\:mm}, the service ends at {Clock(end)}"));
            }

            // At a township station a vehicle may stay longer (waiting for a transfer); elsewhere it leaves when done.
            var departure = Sec(stop.Departure);
            var wrong = site.Tier == SiteTier.TownshipStation
                ? departure < end - tolerance
                : Math.Abs(departure - end) > tolerance;
            if (wrong)
            {
                v.Add(TimeViolation(line, stop.Site, "发车", "departure", Sec(stop.Departure), end));
            }

            previous = stop.Site;
            t = Sec(stop.Departure);
        }

        var expectedReturn = t + travel.Between(previous, line.HomeDepot, vehicle).Time.Value;
        if (Math.Abs(Sec(line.Return) - expectedReturn) > tolerance)
        {
            v.Add(TimeViolation(line, line.HomeDepot, "回场", "return", Sec(line.Return), expectedReturn));
        }
    }

    /// <summary>
    /// A co-modal bus keeps its own timetable, which may be slower than the travel times (it stops for passengers)
    /// but not faster: each arrival is at least the previous departure plus the driving time, each departure not
    /// before its arrival, the return at least the last departure plus the drive back (all − the tolerance).
    /// </summary>
    private static void CheckBusTimes(Line line, Scenario scenario, ITravelTimes travel, VerifierOptions options, List<Violation> v)
    {
        var tolerance = (long)Math.Round(options.TimeTolerance.TotalSeconds);
        var previous = line.HomeDepot;
        var t = Sec(line.Departure);
        foreach (var (site, arrival, departure) in line.Stops.Select(s => (s.Site, Sec(s.Arrival), Sec(s.Departure)))
                     .Append((line.HomeDepot, Sec(line.Return), Sec(line.Return))))
        {
            var leg = travel.Between(previous, site, null);
            var earliest = t + leg.Time.Value;
            if (arrival < earliest - tolerance)
            {
                v.Add(new Violation(ViolationCodes.ImpossibleTravel, line.Id, null, site, (arrival - t) / 60.0, leg.Time.Value / 60.0, "min",
                    F($"{previous.Value} → {site.Value} 约 {leg.Distance.Value / 1000.0:0.#} km，计划只用 {(arrival - t) / 60.0:0} 分钟（{Clock(t)}–{Clock(arrival)}），行车至少需 {leg.Time.Value / 60.0:0} 分钟"),
                    F($"{previous.Value} → {site.Value} is about {leg.Distance.Value / 1000.0:0.#} km; the timetable gives {(arrival - t) / 60.0:0} min ({Clock(t)}–{Clock(arrival)}), driving takes at least {leg.Time.Value / 60.0:0} min")));
            }

            if (departure < arrival)
            {
                v.Add(TimeViolation(line, site, "发车", "departure", departure, arrival));
            }

            previous = site;
            t = departure;
        }
    }

    /// <summary>Every line leaves its home depot (hub or township station) no earlier than the depot opens.</summary>
    private static void CheckDepotOpen(Line line, Scenario scenario, VerifierOptions options, List<Violation> v)
    {
        var depot = scenario[line.HomeDepot];
        var open = Sec(depot.OpeningHours.Open);
        if (Sec(line.Departure) < open - (long)Math.Round(options.TimeTolerance.TotalSeconds))
        {
            v.Add(new Violation(ViolationCodes.DepotClosed, line.Id, null, line.HomeDepot, Sec(line.Departure) / 60.0, open / 60.0, "min",
                $"{depot.Name} {depot.OpeningHours.Open:HH\\:mm} 才开门，线路 {line.Departure:HH\\:mm} 就从这里发车",
                $"{depot.Name} opens at {depot.OpeningHours.Open:HH\\:mm}; the line leaves it at {line.Departure:HH\\:mm}"));
        }
    }

    /// <summary>A trunk line links the hub and the township stations: a stop anywhere else is flagged.</summary>
    private static void CheckTrunkStops(Line line, Scenario scenario, List<Violation> v)
    {
        foreach (var stop in line.Stops)
        {
            var site = scenario[stop.Site];
            if (site.Tier is not (SiteTier.TownshipStation or SiteTier.CountyHub))
            {
                v.Add(new Violation(ViolationCodes.TrunkAtVillage, line.Id, null, stop.Site, 0, 0, string.Empty,
                    $"干线停靠{SiteTierNames.Chinese(site.Tier)} {site.Name}：干线只连接县集配中心和乡镇站，村级站点由支线或直达线服务",
                    $"the trunk line calls at {site.Name}, a {SiteTierNames.Code(site.Tier)}: trunks link the hub and the township stations; villages are served by feeders or direct lines"));
            }
        }
    }

    private static void CheckCapacity(Line line, VehicleType? vehicle, DemandAssignment assignment, VerifierOptions options, List<Violation> v)
    {
        var capacity = line.HoldCapacity ?? new Quantity(vehicle!.CapacityKg, vehicle.CapacityM3);
        foreach (var day in line.ServiceDays.Days)
        {
            var loads = assignment.For(line, day);
            var down = loads.Aggregate(Quantity.Zero, (s, l) => s + l.Drop);
            var up = Quantity.Zero;
            var limitKg = capacity.Kg * (1 + options.CapacityTolerance);
            var limitM3 = capacity.M3 * (1 + options.CapacityTolerance);

            // The first place where the vehicle cannot take what the plan gives it: the depot, or the stop.
            (Quantity Load, SiteId Site)? overKg = down.Kg > limitKg ? (down, line.HomeDepot) : null;
            (Quantity Load, SiteId Site)? overM3 = down.M3 > limitM3 ? (down, line.HomeDepot) : null;
            for (var i = 0; i < loads.Count; i++)
            {
                down = new Quantity(down.Kg - loads[i].Drop.Kg, down.M3 - loads[i].Drop.M3);
                up += loads[i].Pick;
                var onBoard = down + up;
                if (overKg is null && onBoard.Kg > limitKg)
                {
                    overKg = (onBoard, line.Stops[i].Site);
                }

                if (overM3 is null && onBoard.M3 > limitM3)
                {
                    overM3 = (onBoard, line.Stops[i].Site);
                }
            }

            if (overKg is { } peak)
            {
                v.Add(new Violation(ViolationCodes.OverCapacityKg, line.Id, day, peak.Site, peak.Load.Kg, capacity.Kg, "kg",
                    F($"{Weekdays.Chinese(day)}在 {peak.Site.Value} 车上货物 {peak.Load.Kg:0.#} kg，超过载重 {capacity.Kg:0.#} kg"),
                    F($"on {day} at {peak.Site.Value} the load is {peak.Load.Kg:0.#} kg, above the capacity of {capacity.Kg:0.#} kg")));
            }

            if (overM3 is { } peakM3)
            {
                v.Add(new Violation(ViolationCodes.OverCapacityM3, line.Id, day, peakM3.Site, peakM3.Load.M3, capacity.M3, "m3",
                    F($"{Weekdays.Chinese(day)}在 {peakM3.Site.Value} 车上货物 {peakM3.Load.M3:0.##} m³，超过容积 {capacity.M3:0.##} m³"),
                    F($"on {day} at {peakM3.Site.Value} the load is {peakM3.Load.M3:0.##} m³, above the capacity of {capacity.M3:0.##} m³")));
            }
        }
    }
    private static void CheckShift(Line line, VehicleType vehicle, List<Violation> v)
    {
        if (line.Duration <= vehicle.ShiftLength)
        {
            return;
        }

        foreach (var day in line.ServiceDays.Days)
        {
            v.Add(new Violation(ViolationCodes.ShiftExceeded, line.Id, day, line.HomeDepot, line.Duration.TotalMinutes, vehicle.ShiftLength.TotalMinutes, "min",
                F($"线路用时 {line.Duration.TotalHours:0.##} 小时，超过司机班次 {vehicle.ShiftLength.TotalHours:0.##} 小时"),
                F($"the line takes {line.Duration.TotalHours:0.##} h, longer than the driver's shift of {vehicle.ShiftLength.TotalHours:0.##} h")));
        }
    }

    private static void CheckVehicles(List<Line> lines, Scenario scenario, List<Violation> v)
    {
        CheckAssignedVehicles(lines, scenario, v);
        foreach (var vehicle in scenario.VehicleTypes)
        {
            foreach (var day in Weekdays.MondayFirst)
            {
                var ofType = lines.Where(l => l.VehicleType == vehicle.Id && l.ServiceDays.Contains(day)).ToList();
                if (ofType.Count <= vehicle.Count)
                {
                    continue;
                }

                // Sweep: a return at the same minute as a departure frees the vehicle first.
                var events = ofType
                    .SelectMany(l => new[] { (Time: Sec(l.Departure), Delta: 1, Line: l), (Time: Sec(l.Return), Delta: -1, Line: l) })
                    .OrderBy(e => e.Time).ThenBy(e => e.Delta)
                    .ToList();
                var onRoad = 0;
                var peak = 0;
                Line? peakLine = null;
                foreach (var e in events)
                {
                    onRoad += e.Delta;
                    if (onRoad > peak)
                    {
                        peak = onRoad;
                        peakLine = e.Line;
                    }
                }

                if (peak > vehicle.Count)
                {
                    v.Add(new Violation(ViolationCodes.TooManyVehicles, peakLine!.Id, day, vehicle.HomeDepot, peak, vehicle.Count, "vehicles",
                        $"{Weekdays.Chinese(day)}同时需要 {peak} 辆 {vehicle.Name}，只有 {vehicle.Count} 辆",
                        $"on {day} {peak} vehicles of type {vehicle.Id.Value} are needed at once, the fleet has {vehicle.Count}"));
                }
            }
        }
    }

    /// <summary>
    /// Lines that name their vehicle: the number within the fleet, and on each day that vehicle's lines one after the
    /// other (no overlap) with the driver's day (first departure to last return) within the shift.
    /// </summary>
    private static void CheckAssignedVehicles(List<Line> lines, Scenario scenario, List<Violation> v)
    {
        foreach (var line in lines)
        {
            if (line.Vehicle is int n && line.VehicleType is VehicleTypeId typeId
                && scenario.VehicleTypes.FirstOrDefault(t => t.Id == typeId) is { } type && n > type.Count)
            {
                v.Add(new Violation(ViolationCodes.VehicleOutOfRange, line.Id, null, line.HomeDepot, n, type.Count, "vehicles",
                    $"线路指定第 {n} 辆 {type.Name}，车队只有 {type.Count} 辆",
                    $"the line names vehicle {n} of type {typeId.Value}, the fleet has {type.Count}"));
            }
        }

        var byVehicle = lines
            .Where(l => l.Vehicle is not null && l.VehicleType is not null)
            .GroupBy(l => (Type: l.VehicleType!.Value, Number: l.Vehicle!.Value));
        foreach (var group in byVehicle.OrderBy(g => g.Key.Type.Value, StringComparer.Ordinal).ThenBy(g => g.Key.Number))
        {
            var type = scenario.VehicleTypes.FirstOrDefault(t => t.Id == group.Key.Type);
            if (type is null)
            {
                continue;
            }

            var label = $"{group.Key.Type.Value}#{group.Key.Number}";
            foreach (var day in Weekdays.MondayFirst)
            {
                var ofDay = group.Where(l => l.ServiceDays.Contains(day)).OrderBy(l => l.Departure).ThenBy(l => l.Return).ToList();
                if (ofDay.Count == 0)
                {
                    continue;
                }

                for (var i = 1; i < ofDay.Count; i++)
                {
                    if (ofDay[i].Departure < ofDay[i - 1].Return)
                    {
                        v.Add(new Violation(ViolationCodes.VehicleOverlap, ofDay[i].Id, day, ofDay[i].HomeDepot,
                            (ofDay[i - 1].Return - ofDay[i].Departure).TotalMinutes, 0, "min",
                            $"{Weekdays.Chinese(day)}车辆 {label} 在 {ofDay[i].Departure:HH\\:mm} 出发时还在跑线路 {ofDay[i - 1].Id}（{ofDay[i - 1].Return:HH\\:mm} 回场）",
                            $"on {day} vehicle {label} leaves at {ofDay[i].Departure:HH\\:mm} while still on line {ofDay[i - 1].Id} (back at {ofDay[i - 1].Return:HH\\:mm})"));
                    }
                }

                var span = ofDay.Max(l => l.Return) - ofDay[0].Departure;
                if (ofDay.Count > 1 && span > type.ShiftLength)
                {
                    v.Add(new Violation(ViolationCodes.ShiftExceeded, ofDay[^1].Id, day, ofDay[0].HomeDepot, span.TotalMinutes, type.ShiftLength.TotalMinutes, "min",
                        F($"{Weekdays.Chinese(day)}车辆 {label} 从 {ofDay[0].Departure:HH\\:mm} 出车到 {ofDay.Max(l => l.Return):HH\\:mm} 收车，共 {span.TotalHours:0.##} 小时，超过班次 {type.ShiftLength.TotalHours:0.##} 小时"),
                        F($"on {day} vehicle {label} works from {ofDay[0].Departure:HH\\:mm} to {ofDay.Max(l => l.Return):HH\\:mm}, {span.TotalHours:0.##} h, longer than the shift of {type.ShiftLength.TotalHours:0.##} h")));
                }
            }
        }
    }

    private static void CheckTransfers(LinePlan plan, List<Line> usable, Scenario scenario, DemandAssignment assignment, List<Violation> v)
    {
        var handling = scenario.Parameters.TransferHandlingTime;
        foreach (var feeder in usable.Where(l => l.Kind == LineKind.Feeder))
        {
            var station = feeder.HomeDepot;
            foreach (var day in feeder.ServiceDays.Days)
            {
                var total = assignment.Total(feeder, day);
                var hasDown = total.Drop.Kg > 0 || total.Drop.M3 > 0;
                var hasUp = total.Pick.Kg > 0 || total.Pick.M3 > 0;
                if (!hasDown && !hasUp)
                {
                    continue;
                }

                var calls = DemandAssignment.TrunkCallsAt(plan, station, day)
                    .Where(c => usable.Contains(c.Line))
                    .ToList();
                if (calls.Count == 0)
                {
                    v.Add(new Violation(ViolationCodes.TransferNoTrunk, feeder.Id, day, station, 0, 1, "trunks",
                        $"{Weekdays.Chinese(day)}没有干线到 {station.Value}，支线的货物无法中转",
                        $"on {day} no trunk line stops at {station.Value}, so the feeder's goods have no connection"));
                    continue;
                }

                if (hasDown && DemandAssignment.DownConnections(calls, feeder, handling).Count == 0)
                {
                    var earliest = calls.Min(c => Sec(c.Line.Stops[c.Stop].Arrival));
                    var limit = Sec(feeder.Departure) - (long)handling.TotalSeconds;
                    v.Add(new Violation(ViolationCodes.TransferDownLate, feeder.Id, day, station, earliest / 60.0, limit / 60.0, "min",
                        $"干线最早 {Clock(earliest)} 到达 {station.Value}，支线 {feeder.Departure:HH\\:mm} 发车，需提前 {handling.TotalMinutes:0} 分钟（最迟 {Clock(limit)}）",
                        $"the first trunk reaches {station.Value} at {Clock(earliest)}; the feeder leaves at {feeder.Departure:HH\\:mm} and needs it by {Clock(limit)} ({handling.TotalMinutes:0} min handling)"));
                }

                if (hasUp && DemandAssignment.UpConnections(calls, feeder, handling).Count == 0)
                {
                    var latest = calls.Max(c => Sec(c.Line.Stops[c.Stop].Departure));
                    var limit = Sec(feeder.Return) + (long)handling.TotalSeconds;
                    v.Add(new Violation(ViolationCodes.TransferUpLate, feeder.Id, day, station, latest / 60.0, limit / 60.0, "min",
                        $"支线 {feeder.Return:HH\\:mm} 回到 {station.Value}，最后一班干线 {Clock(latest)} 已发车，应在 {Clock(limit)} 之后",
                        $"the feeder returns to {station.Value} at {feeder.Return:HH\\:mm}; the last trunk leaves at {Clock(latest)}, not after {Clock(limit)} as the produce needs"));
                }
            }
        }
    }

    private static void CheckLocked(LinePlan plan, LinePlan previous, List<Violation> v)
    {
        foreach (var old in previous.Lines.Where(l => l.Locked || l.Kind == LineKind.CoModal))
        {
            if (!plan.TryGetLine(old.Id, out var now))
            {
                v.Add(new Violation(ViolationCodes.LockedLineMissing, old.Id, null, null, 0, 0, string.Empty,
                    $"锁定线路 {old.Id} 不在方案中", $"the locked line {old.Id} is missing from the plan"));
            }
            else if (LinePlanJson.SerializeLine(now) != LinePlanJson.SerializeLine(old))
            {
                v.Add(new Violation(ViolationCodes.LockedLineChanged, old.Id, null, null, 0, 0, string.Empty,
                    $"锁定线路 {old.Id} 被修改（站点、时刻或班期不得改变）",
                    $"the locked line {old.Id} was changed (its stops, times and days must stay as they were)"));
            }
        }
    }

    private static Violation TimeViolation(Line line, SiteId site, string zh, string en, long planned, long expected) =>
        new(ViolationCodes.TimeMismatch, line.Id, null, site, planned / 60.0, expected / 60.0, "min",
            $"{site.Value} 计划{zh} {Clock(planned)}，按行车时间应为 {Clock(expected)}",
            $"at {site.Value} the planned {en} is {Clock(planned)}, the travel times give {Clock(expected)}");

    /// <summary>Service time at a stop: the station time at the hub and township stations, the outlet time elsewhere.</summary>
    public static TimeSpan ServiceTime(Site site, ScenarioParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(parameters);
        return site.Tier is SiteTier.CountyHub or SiteTier.TownshipStation ? parameters.ServiceTimeStation : parameters.ServiceTimeOutlet;
    }

    private static long Sec(TimeOnly t) => t.Ticks / TimeSpan.TicksPerSecond;

    private static string Clock(long seconds) =>
        seconds is >= 0 and < 86400
            ? LinePlanJson.FormatTime(TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds)))
            : F($"{(seconds < 0 ? "-" : "+")}{TimeSpan.FromSeconds(Math.Abs(seconds)):hh\\:mm}");

    private static string Text(ServiceDays days, bool chinese) => days.IsEmpty ? "-" : chinese ? days.ToChinese() : days.ToEnglish();

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] : hash;

    private static int IndexOfMin(IReadOnlyList<int> values) => values.Select((x, i) => (x, i)).MinBy(p => p.x).i;

    private static int IndexOfMax(IReadOnlyList<int> values) => values.Select((x, i) => (x, i)).MaxBy(p => p.x).i;

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
