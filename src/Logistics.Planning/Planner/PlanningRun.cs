using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Routing.Problem;
using VehicleType = Logistics.Planning.Network.VehicleType;

namespace Logistics.Planning.Planner;

/// <summary>One run of <see cref="LinePlanner"/>: design feeders, time them, design and time the trunks, build, verify.</summary>
internal sealed class PlanningRun
{
    private readonly Scenario _scenario;
    private readonly PlannerOptions _options;
    private readonly ITravelTimes _travelTimes;
    private readonly TravelCache _travel;
    private readonly LineTimer _timer;
    private readonly RouteSolver _solver;
    private readonly LineScheduler _scheduler;
    private readonly IProgress<PlannerProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly long _handling;
    private DemandAssignment? _previousAssignment;
    private readonly Dictionary<(string Line, DayOfWeek Day), Quantity> _lockedExtra = new();

    public PlanningRun(Scenario scenario, PlannerOptions options, ITravelTimes travelTimes, IProgress<PlannerProgress>? progress, CancellationToken cancellationToken, TimeProvider time)
    {
        _scenario = scenario;
        _options = options;
        _travelTimes = travelTimes;
        _travel = new TravelCache(travelTimes);
        _timer = new LineTimer(scenario, _travel);
        _solver = new RouteSolver(_travel, _timer, () => options.TimeLimit - Elapsed, options.Engine);
        _scheduler = new LineScheduler(_timer);
        _progress = progress;
        _cancellationToken = cancellationToken;
        _time = time;
        _started = time.GetTimestamp();
        _handling = LineTimer.CeilMinute((long)Math.Round(scenario.Parameters.TransferHandlingTime.TotalSeconds));
    }

    private TimeSpan Elapsed => _time.GetElapsedTime(_started);

    public PlanResult Run()
    {
        var hub = _scenario.Hub ?? throw new DataValidationException(
            [new DataError("missing-value", "The scenario has no county hub (tier hub); lines start there.", Entity: "scenario", Column: "sites")]);
        var kept = (_options.Previous?.Lines ?? []).Where(l => l.Locked || l.Kind == LineKind.CoModal).ToList();
        var keptDays = new Dictionary<SiteId, ServiceDays>();
        foreach (var line in kept)
        {
            // A bus serves its stops only when its hold takes all their goods (else they get their own visits too).
            if (line.Kind == LineKind.CoModal && !HoldTakesAll(line))
            {
                continue;
            }

            foreach (var stop in line.Stops)
            {
                keptDays[stop.Site] = ServiceDays.FromMask((keptDays.TryGetValue(stop.Site, out var d) ? d.Mask : 0) | line.ServiceDays.Mask);
            }
        }

        var unplanned = new List<UnplannedSite>();
        var stations = new List<Site>();
        foreach (var station in _scenario.SitesOf(SiteTier.TownshipStation).OrderBy(s => s.Id.Value, StringComparer.Ordinal))
        {
            if (_travel.Connected(hub.Id, station.Id))
            {
                stations.Add(station);
            }
            else
            {
                unplanned.Add(new UnplannedSite(station.Id, station.Name, UnplannedReasons.Unreachable,
                    "道路网中县中心与该站之间不通", "on the road network there is no path between the county hub and this station"));
            }
        }

        var typesAt = _scenario.VehicleTypes.GroupBy(t => t.HomeDepot).ToDictionary(
            g => g.Key, g => (IReadOnlyList<VehicleType>)g.OrderBy(t => t.ColdChain).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToList());
        var hubTypes = typesAt.TryGetValue(hub.Id, out var ht) ? ht : [];
        var trunkTypes = hubTypes.Where(t => !t.ColdChain).ToList();
        if (trunkTypes.Count == 0)
        {
            trunkTypes = hubTypes.ToList();
        }

        // 1. Which depot serves each outlet that still needs visits.
        var byStation = stations.ToDictionary(s => s.Id, _ => new List<Site>());
        var direct = new List<Site>();
        var stationOfTownship = stations.GroupBy(s => s.TownshipCode).ToDictionary(g => g.Key, g => g.First());
        // Sites with demand and no required visits (urban communities, 社区) are served like outlets: never dropped.
        foreach (var site in _scenario.Sites.Where(s => s.Tier is not (SiteTier.CountyHub or SiteTier.TownshipStation) && (s.RequiredVisitsPerWeek > 0 || DemandModel.HasDemand(s))))
        {
            if (keptDays.TryGetValue(site.Id, out var already) && VisitSpread.IsSpread(already, site.RequiredVisitsPerWeek) && already.Count > 0)
            {
                continue;
            }

            if (site.RequiredVisitsPerWeek == 0 && _options.DemandOnlyVisitsPerWeek <= 0)
            {
                unplanned.Add(new UnplannedSite(site.Id, site.Name, UnplannedReasons.NotRequired,
                    "该点有需求但不要求到访，按设置不安排线路", "the site has demand but no required visits, and the options say not to visit such sites"));
                continue;
            }

            if (!_travel.Connected(hub.Id, site.Id))
            {
                unplanned.Add(new UnplannedSite(site.Id, site.Name, UnplannedReasons.Unreachable,
                    "道路网中从县中心到不了该站点（或回不来）", "on the road network the site cannot be reached from the county hub (or the hub from it)"));
                continue;
            }

            var station = !string.IsNullOrEmpty(site.TownshipCode) && stationOfTownship.TryGetValue(site.TownshipCode, out var own)
                ? own
                : stations.Where(s => typesAt.ContainsKey(s.Id)).OrderBy(s => _travel.Seconds(s.Id, site.Id, null)).ThenBy(s => s.Id.Value, StringComparer.Ordinal).FirstOrDefault();
            var hasVan = station is not null && typesAt.ContainsKey(station.Id);
            var hubTime = _travel.Seconds(hub.Id, site.Id, null);
            var nearHub = _options.DirectReach > TimeSpan.Zero && trunkTypes.Count > 0
                && hubTime <= _options.DirectReach.TotalSeconds
                && (station is null || hubTime < _travel.Seconds(station.Id, site.Id, null));
            // A visit too heavy for every van of the station, even daily, goes on a hub truck when one takes it.
            var tooHeavyForVans = hasVan && trunkTypes.Count > 0 && !FeederDesigner.FitsAtSomeFrequency(site, typesAt[station!.Id], _options)
                && FeederDesigner.FitsAtSomeFrequency(site, trunkTypes, _options);
            if (nearHub || tooHeavyForVans || (!hasVan && trunkTypes.Count > 0))
            {
                direct.Add(site);
            }
            else if (station is not null && hasVan)
            {
                byStation[station.Id].Add(site);
            }
            else
            {
                unplanned.Add(station is null
                    ? new UnplannedSite(site.Id, site.Name, UnplannedReasons.NoStation, "所在乡镇没有综合运输服务站，县中心也没有车辆", "its township has no station and the hub has no vehicles")
                    : new UnplannedSite(site.Id, site.Name, UnplannedReasons.NoVehicle, $"{station.Name} 没有车辆，县中心也没有", $"{station.Name} has no vehicles and neither has the hub"));
            }
        }

        // 2. Design each depot's lines (independent: in parallel, results in depot order).
        Report("feeders", 0, "设计支线 / designing feeder lines");
        var depots = new List<(Site Depot, LineKind Kind, List<Site> Outlets, IReadOnlyList<VehicleType> Types)>();
        if (direct.Count > 0)
        {
            depots.Add((hub, LineKind.Direct, direct, trunkTypes));
        }

        depots.AddRange(stations.Where(s => byStation[s.Id].Count > 0).Select(s => (s, LineKind.Feeder, byStation[s.Id], typesAt[s.Id])));
        var designer = new FeederDesigner(_solver, _timer, _options);
        var designs = new (List<DesignedLine> Lines, List<UnplannedSite> Unplanned)[depots.Count];
        Parallel.For(0, depots.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads > 0 ? _options.Threads : Environment.ProcessorCount, CancellationToken = _cancellationToken }, i =>
        {
            var (depot, kind, outlets, types) = depots[i];
            designs[i] = designer.Design(depot, kind, outlets, types, i, _cancellationToken);
        });
        foreach (var d in designs)
        {
            unplanned.AddRange(d.Unplanned);
        }

        var feederDesigns = designs.SelectMany(d => d.Lines).Where(l => l.Kind == LineKind.Feeder).ToList();
        var directDesigns = designs.SelectMany(d => d.Lines).Where(l => l.Kind == LineKind.Direct).ToList();
        Report("feeders", WeeklyCostOf(feederDesigns.Concat(directDesigns)), F($"{feederDesigns.Count} 条支线、{directDesigns.Count} 条直达线 / {feederDesigns.Count} feeder and {directDesigns.Count} direct lines"));

        // Visit days of every outlet: its pattern(s) and the kept lines.
        var visitDays = new Dictionary<SiteId, ServiceDays>(keptDays);
        foreach (var line in feederDesigns.Concat(directDesigns))
        {
            foreach (var s in line.Stops)
            {
                visitDays[s.Id] = ServiceDays.FromMask((visitDays.TryGetValue(s.Id, out var d) ? d.Mask : 0) | line.Days.Mask);
            }
        }

        // 3. Kept lines occupy their vehicles.
        var calendar = new VehicleCalendar();
        foreach (var line in kept.Where(l => l.VehicleType is not null))
        {
            var type = _scenario.VehicleTypes.FirstOrDefault(t => t.Id == line.VehicleType);
            if (type is null)
            {
                continue;
            }

            var n = line.Vehicle ?? Enumerable.Range(1, type.Count).FirstOrDefault(k => calendar.Fits(type, k, line.ServiceDays, LineTimer.Sec(line.Departure), LineTimer.Sec(line.Return)), 1);
            calendar.Add(type, n, line.ServiceDays, LineTimer.Sec(line.Departure), LineTimer.Sec(line.Return));
        }

        // 4. The latest feeder start at each station that still fits the day: the deadline for the morning trunk.
        var feedersAt = feederDesigns.GroupBy(l => l.Depot.Id).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Days.Count).ThenByDescending(l => l.Stops.Count).ToList());
        var latestStart = new Dictionary<SiteId, long>();
        var step = Math.Max(60, (long)_options.FeederStartStep.TotalSeconds);
        foreach (var (station, lines) in feedersAt)
        {
            var open = LineTimer.Sec(_scenario[station].OpeningHours.Open);
            latestStart[station] = open;
            for (var t = LineTimer.Sec(_options.LatestFeederStart); t >= open; t -= step)
            {
                var trial = calendar.Clone();
                if (lines.All(l => _scheduler.Place(l, t, null, trial) is not null))
                {
                    latestStart[station] = t;
                    break;
                }
            }
        }

        // 5. Trunk calls: the morning call brings the goods down, the afternoon call takes the produce up.
        Report("trunks", 0, "设计干线 / designing trunk lines");
        var trunkStations = stations.Where(s => s.RequiredVisitsPerWeek > 0 || DemandModel.HasDemand(s) || feedersAt.ContainsKey(s.Id) || kept.Any(l => l.Kind == LineKind.Feeder && l.HomeDepot == s.Id)).ToList();
        var stationDays = trunkStations.ToDictionary(s => s.Id, s =>
        {
            var mask = s.RequiredVisitsPerWeek > _options.WorkingDays.Count ? ServiceDays.Daily.Mask : _options.WorkingDays.Mask;
            foreach (var l in feedersAt.GetValueOrDefault(s.Id) ?? [])
            {
                mask |= l.Days.Mask;
            }

            foreach (var l in kept.Where(l => l.Kind == LineKind.Feeder && l.HomeDepot == s.Id))
            {
                mask |= l.ServiceDays.Mask;
            }

            return ServiceDays.FromMask(mask);
        });

        // Kept (locked) feeders' goods ride the new trunks too when those connect: count them, as designed lines.
        var keptFeeders = kept.Where(l => l.Kind == LineKind.Feeder && l.VehicleType is not null && _scenario.TryGetSite(l.HomeDepot, out _)
                && l.Stops.All(x => _scenario.TryGetSite(x.Site, out _)) && _scenario.VehicleTypes.Any(t => t.Id == l.VehicleType))
            .Select(l => new DesignedLine(LineKind.Feeder, _scenario[l.HomeDepot], _scenario.VehicleTypes.First(t => t.Id == l.VehicleType), l.ServiceDays, l.Stops.Select(x => _scenario[x.Site]).ToList()))
            .GroupBy(l => l.Depot.Id).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var line in keptFeeders.Values.SelectMany(x => x))
        {
            foreach (var site in line.Stops)
            {
                visitDays[site.Id] = ServiceDays.FromMask((visitDays.TryGetValue(site.Id, out var d) ? d.Mask : 0) | line.Days.Mask);
            }
        }

        // Before routing the trunks: the vehicles the designed work needs against those owned (需要 … 辆，现有 … 辆).
        var estimate = EstimateFleet(hub, feederDesigns.Concat(directDesigns), trunkStations, s => TrunkCallsEstimate(s, stationDays[s.Id], feedersAt.GetValueOrDefault(s.Id) ?? [], visitDays, trunkTypes), trunkTypes.MaxBy(t => t.CapacityKg));
        foreach (var type in _scenario.VehicleTypes.Where(t => estimate.ContainsKey(t.Id) && (t.HomeDepot == hub.Id || estimate[t.Id] > t.Count)))
        {
            Report("fleet", 0, F($"排线前估算 / estimate before routing: {type.Name}：需要 {estimate[type.Id]} 辆，现有 {type.Count} 辆 / {type.Id.Value}: {estimate[type.Id]} needed, {type.Count} owned"));
        }

        var scheduled = new List<ScheduledLine>();
        var noTruck = new List<ScheduledLine>();
        var trunkLines = new List<ScheduledLine>();
        if (trunkTypes.Count == 0 && trunkStations.Count > 0)
        {
            foreach (var s in trunkStations)
            {
                unplanned.Add(new UnplannedSite(s.Id, s.Name, UnplannedReasons.NoVehicle, "县中心没有干线车辆", "the hub has no trunk vehicles"));
            }
        }
        else if (trunkStations.Count > 0)
        {
            var truckCap = trunkTypes.Max(t => t.CapacityKg);
            var truckM3 = trunkTypes.Max(t => t.CapacityM3);
            var am = new List<(Site Station, StopDemand Demand, TimeWindow Window)>();
            var arrivalsLocked = new Dictionary<SiteId, long>();
            var pm = new List<Site>();
            foreach (var s in trunkStations)
            {
                var days = stationDays[s.Id];
                var feeders = (feedersAt.GetValueOrDefault(s.Id) ?? []).Concat(keptFeeders.GetValueOrDefault(s.Id) ?? []).ToList();
                var twoCalls = feeders.Count > 0;
                var share = twoCalls ? _options.MorningCallShare : 1.0;
                var peak = new StopDemand(Quantity.Zero, Quantity.Zero);
                var daily = new Dictionary<DayOfWeek, StopDemand>();
                foreach (var d in days.Days)
                {
                    var own = DemandModel.OnDay(s, days, d).Scale(share);
                    var down = feeders.Where(l => l.Days.Contains(d)).SelectMany(l => l.Stops).Aggregate(Quantity.Zero, (q, o) => q + DemandModel.OnDay(o, visitDays[o.Id], d).Drop);
                    daily[d] = new StopDemand(own.Drop + down, own.Pick);
                    peak = StopDemand.Max(peak, daily[d]);
                }

                // Re-plan: locked morning trunks at the station that can carry all of it (each its equal share, never
                // more than it carried in the published plan) make a new morning call unnecessary.
                // Locked morning calls: those that brought the kept feeders' goods (arriving before the first of them
                // leaves), or, at a station without kept feeders, those early enough for the new ones.
                var keptFirst = kept.Where(l => l.Kind == LineKind.Feeder && l.HomeDepot == s.Id).Select(l => LineTimer.Sec(l.Departure)).DefaultIfEmpty(long.MaxValue).Min();
                var lockedMorning = twoCalls
                    ? LockedMorningCalls(kept, s, Math.Min(keptFirst, latestStart.TryGetValue(s.Id, out var ls) ? ls : LineTimer.Sec(_options.ReplanMorningLimit)))
                    : [];
                var k = Math.Max(1, (int)Math.Ceiling(Math.Max(peak.Drop.Kg / (truckCap * _options.TrunkFill), peak.Drop.M3 / (truckM3 * _options.TrunkFill))));
                if (lockedMorning.Count > 0)
                {
                    // The feeders leave after every morning call (locked and new) so that all of them share the goods.
                    arrivalsLocked[s.Id] = lockedMorning.Max(c => LineTimer.Sec(c.Line.Stops[c.Stop].Arrival));
                    k = Enumerable.Range(0, k + 4).FirstOrDefault(n => LockedCallsSuffice(lockedMorning, daily, n, truckCap * _options.TrunkFill, truckM3 * _options.TrunkFill), k + 3);
                    if (k == 0)
                    {
                        pm.Add(s);
                        continue;
                    }

                    peak = daily.Aggregate(new StopDemand(Quantity.Zero, Quantity.Zero), (p, x) =>
                        StopDemand.Max(p, x.Value.Scale((double)k / (lockedMorning.Count(c => c.Line.ServiceDays.Contains(x.Key)) + k))));
                }

                var open = LineTimer.Sec(s.OpeningHours.Open);
                var firstFeeder = Math.Min(
                    latestStart.TryGetValue(s.Id, out var latest) ? latest : long.MaxValue,
                    kept.Where(l => l.Kind == LineKind.Feeder && l.HomeDepot == s.Id).Select(l => LineTimer.Sec(l.Departure)).DefaultIfEmpty(long.MaxValue).Min());
                var deadline = twoCalls && firstFeeder < long.MaxValue ? firstFeeder - _handling : LineTimer.Sec(s.OpeningHours.Close) - _timer.Service(s);
                for (var i = 0; i < k; i++)
                {
                    am.Add((s, peak.Scale(1.0 / k), new TimeWindow(open, Math.Max(open, deadline))));
                }

                if (twoCalls)
                {
                    pm.Add(s);
                }
            }

            // A station no truck reaches in time (the engine's reason) gets no call: it and its feeders' outlets are listed.
            var noTrunkInReach = new List<UnroutedStop>();
            var amLines = RouteTrunks(hub, am, stationDays, trunkTypes, "am", noTrunkInReach);
            foreach (var u in noTrunkInReach)
            {
                unplanned.Add(FeederDesigner.Unplanned(hub, u));
            }

            var arrivals = new Dictionary<SiteId, long>(arrivalsLocked);
            foreach (var line in amLines.OrderBy(x => x.LatestStart))
            {
foreach (var placed in PlaceTrunk(line.Line, line.EarliestStart, line.LatestStart, calendar, null, hubTypes))
                {
                    if (placed.Vehicle is null)
                    {
                        noTruck.Add(placed);
                        continue;
                    }

                    trunkLines.Add(placed);
                    foreach (var stop in placed.Timing.Stops)
                    {
                        arrivals[stop.Site] = Math.Max(arrivals.GetValueOrDefault(stop.Site), stop.Arrival);
                    }
                }
            }

            // 6. Feeders for real, after their goods arrive.
            Report("schedule", 0, "排支线时刻 / timing feeder lines");
            var ready = new Dictionary<SiteId, long>();
            var noMorningCall = noTruck.SelectMany(l => l.Design.Stops).Select(x => x.Id).ToHashSet();
            var outOfReach = noTrunkInReach.Select(u => u.Site.Id).ToHashSet();
            foreach (var (station, lines) in feedersAt.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal))
            {
                if (outOfReach.Contains(station))
                {
                    unplanned.AddRange(lines.SelectMany(l => l.Stops).Select(x => new UnplannedSite(x.Id, x.Name, UnplannedReasons.NoTrunk,
                        $"{_scenario[station].Name} 没有干线车辆到得了（见该站原因），其支线无货可送",
                        $"no trunk reaches {_scenario[station].Name} (see the station's reason), so its feeders cannot run")));
                    continue;
                }

                if (noMorningCall.Contains(station))
                {
                    // Without its morning trunk the station's feeders would leave empty: they are not planned.
                    unplanned.AddRange(lines.SelectMany(l => l.Stops).Select(x => NoTruckFor(x, _scenario[station], "上午", "morning")));
                    continue;
                }

                var earliest = arrivals.TryGetValue(station, out var a) ? LineTimer.CeilMinute(a + _handling) : LineTimer.Sec(_scenario[station].OpeningHours.Open);
                foreach (var line in lines)
                {
                    var placed = _scheduler.Place(line, earliest, null, calendar);
                    if (placed is null)
                    {
                        unplanned.AddRange(line.Stops.Select(s => new UnplannedSite(s.Id, s.Name, UnplannedReasons.NoTime,
                            $"{line.Depot.Name} 的车辆当天排不下这条支线（班次、营业时间或干线到达太晚）",
                            $"no vehicle of {line.Depot.Name} has room for this feeder in its day (shift, opening hours or a late trunk)")));
                        continue;
                    }

                    scheduled.Add(placed);
                    ready[station] = Math.Max(ready.GetValueOrDefault(station), placed.Timing.Return + _handling);
                }
            }

            foreach (var line in kept.Where(l => l.Kind == LineKind.Feeder && keptFeeders.ContainsKey(l.HomeDepot)))
            {
                ready[line.HomeDepot] = Math.Max(ready.GetValueOrDefault(line.HomeDepot), LineTimer.Sec(line.Return) + _handling);
            }

            // 7. A lone morning call that can wait at its station until the feeders are back takes the produce up itself;
            // afternoon trunks collect the produce of the other stations once their feeders are back.
            var held = _options.HoldMorningCalls
                ? HoldMorningCalls(hub, pm.Where(s => ready.ContainsKey(s.Id) && !arrivalsLocked.ContainsKey(s.Id)), trunkLines, scheduled, stationDays, visitDays, ready, calendar, truckCap * _options.TrunkFill, truckM3 * _options.TrunkFill)
                : [];
            var pmCalls = new List<(Site Station, StopDemand Demand, TimeWindow Window)>();
            foreach (var s in pm.Where(s => ready.ContainsKey(s.Id) && !held.Contains(s.Id) && !KeptCallTakesProduce(kept, s, ready[s.Id], feedersAt)))
            {
                var days = stationDays[s.Id];
                var peak = new StopDemand(Quantity.Zero, Quantity.Zero);
                foreach (var d in days.Days)
                {
                    var own = DemandModel.OnDay(s, days, d).Scale(1 - _options.MorningCallShare);
                    var up = scheduled.Select(l => l.Design).Concat(keptFeeders.GetValueOrDefault(s.Id) ?? [])
                        .Where(l => l.Depot.Id == s.Id && l.Days.Contains(d)).SelectMany(l => l.Stops)
                        .Aggregate(Quantity.Zero, (q, o) => q + DemandModel.OnDay(o, visitDays[o.Id], d).Pick);
                    peak = StopDemand.Max(peak, new StopDemand(own.Drop, own.Pick + up));
                }

                var k = Math.Max(1, (int)Math.Ceiling(Math.Max(peak.Pick.Kg / (truckCap * _options.TrunkFill), peak.Pick.M3 / (truckM3 * _options.TrunkFill))));
                var service = _timer.Service(s);
                var from = Math.Max(LineTimer.Sec(s.OpeningHours.Open), ready[s.Id] - service);
                var to = Math.Max(from, LineTimer.Sec(s.OpeningHours.Close) - service);
                for (var i = 0; i < k; i++)
                {
                    pmCalls.Add((s, peak.Scale(1.0 / k), new TimeWindow(from, to)));
                }
            }

            var morningMissing = noTruck.Count;
            foreach (var line in RouteTrunks(hub, pmCalls, stationDays, trunkTypes, "pm", noTrunkInReach).OrderBy(x => x.EarliestStart))
            {
                foreach (var placed in PlaceTrunk(line.Line, line.EarliestStart, null, calendar, ready, hubTypes))
                {
                    (placed.Vehicle is null ? noTruck : trunkLines).Add(placed);
                }
            }

            // Without its afternoon trunk a station's feeders' produce would stay there: those feeders are taken out.
            // Failing a truck, a station's lone morning call may still wait there for the produce, however long.
            var noAfternoonCall = noTruck.Skip(morningMissing).SelectMany(l => l.Design.Stops).Select(x => x.Id).ToHashSet();
            noAfternoonCall.ExceptWith(HoldMorningCalls(hub, noAfternoonCall.Select(x => _scenario[x]).Where(x => ready.ContainsKey(x.Id) && !arrivalsLocked.ContainsKey(x.Id)).ToList(), trunkLines, scheduled, stationDays, visitDays, ready, calendar, truckCap * _options.TrunkFill, truckM3 * _options.TrunkFill, anyWait: true));
            foreach (var line in scheduled.Where(l => l.Design.Kind == LineKind.Feeder && noAfternoonCall.Contains(l.Design.Depot.Id)).ToList())
            {
                scheduled.Remove(line);
                unplanned.AddRange(line.Design.Stops.Select(x => NoTruckFor(x, line.Design.Depot, "下午", "afternoon")));
            }

            // Morning calls left with nothing to carry (only such stations, without goods of their own) free their truck.
            foreach (var line in trunkLines.Where(l => l.Vehicle is int && l.Design.Stops.All(x => noAfternoonCall.Contains(x.Id) && !DemandModel.HasDemand(x))).ToList())
            {
                trunkLines.Remove(line);
                calendar.Remove(line.Design.Type, line.Vehicle!.Value, line.Design.Days, line.Timing.Departure, line.Timing.Return);
            }
        }
        else
        {
            foreach (var (station, lines) in feedersAt)
            {
                foreach (var line in lines)
                {
                    if (_scheduler.Place(line, LineTimer.Sec(_scenario[station].OpeningHours.Open), null, calendar) is { } placed)
                    {
                        scheduled.Add(placed);
                    }
                }
            }
        }

        // 8. Direct lines fill the hub vehicles' free time.
        foreach (var line in directDesigns)
        {
            var placed = _scheduler.Place(line, LineTimer.Sec(hub.OpeningHours.Open), null, calendar);
            if (placed is null)
            {
                unplanned.AddRange(line.Stops.Select(s => new UnplannedSite(s.Id, s.Name, UnplannedReasons.NoTime,
                    "县中心车辆当天排不下这条直达线", "no hub vehicle has room for this direct line in its day")));
                continue;
            }

            scheduled.Add(placed);
        }

        var fleet = FleetNeeds(estimate, calendar, noTruck);
        foreach (var f in fleet.Where(f => !f.Enough))
        {
            Report("fleet", 0, "车辆不足 / short of vehicles: " + f);
        }

        var plan = Build(kept, trunkLines, scheduled);
        Report("verify", WeeklyCostOf(plan), "核验方案 / verifying the plan");
        var report = PlanVerifier.Verify(plan, _scenario, _travelTimes, _options.Previous);
        var (km, cost) = Totals(plan);
        ConsistencyPrice? consistency = null;
        if (_options.ComputeBaseline && !_cancellationToken.IsCancellationRequested && _options.TimeLimit - Elapsed > _options.TimeLimit / 5)
        {
            Report("baseline", cost, "计算逐日独立路线基准 / computing the daily-routes baseline");
            var baseline = new DailyBaseline(_scenario, _solver, _timer, _options).Compute(plan, hub, trunkTypes, _cancellationToken);
            var trunkKm = Totals(plan, LineKind.Trunk).Km;
            consistency = new ConsistencyPrice(km, cost, baseline.Km, baseline.Cost, trunkKm, baseline.TrunkKm);
        }

        else if (_options.ComputeBaseline)
        {
            Report("baseline", cost, "时间预算不足，未计算逐日路线基准 / too little of the time budget left for the daily-routes baseline");
        }

        var demand = DemandCarried.Compute(plan, _scenario);
        unplanned.AddRange(Uncarried(plan, demand, unplanned));
        Report("done", cost, F($"完成：{plan.Lines.Count} 条线路 / done: {plan.Lines.Count} lines"));
        return new PlanResult(plan, report, unplanned.OrderBy(u => u.Site.Value, StringComparer.Ordinal).ToList(), km, cost, consistency, Elapsed, demand) { Fleet = fleet };
    }

    private UnplannedSite NoTruckFor(Site site, Site station, string chineseCall, string englishCall)
    {
        var trucks = string.Join("、", _scenario.VehicleTypes.Where(t => t.HomeDepot == _scenario.Hub!.Id).Select(t => F($"{t.Name} {t.Count} 辆")));
        return site.Id == station.Id
            ? new UnplannedSite(site.Id, site.Name, UnplannedReasons.NoVehicle,
                F($"县中心干线车辆不足（现有 {trucks}），{station.Name} 的{chineseCall}干线排不上车"),
                F($"the hub's trucks are all busy ({trucks}): no truck for the {englishCall} trunk call at {station.Name}"))
            : new UnplannedSite(site.Id, site.Name, UnplannedReasons.NoVehicle,
                F($"县中心干线车辆不足（现有 {trucks}），{station.Name} 的{chineseCall}干线排不上车，其支线无货可送"),
                F($"the hub's trucks are all busy ({trucks}): no truck for the {englishCall} trunk call at {station.Name}, so its feeders cannot run"));
    }

    /// <summary>
    /// Vehicles needed per type against those owned: the estimate made before routing the trunks, and the plan's own
    /// use plus what the lines left without a vehicle would need (placed on extra vehicles of their type).
    /// </summary>
    private List<FleetNeed> FleetNeeds(Dictionary<VehicleTypeId, int> estimate, VehicleCalendar calendar, List<ScheduledLine> withoutVehicle)
    {
        var trial = calendar.Clone();
        var extra = new Dictionary<VehicleTypeId, int>();
        foreach (var line in withoutVehicle)
        {
            var bigger = line.Design.Type with { Count = line.Design.Type.Count + withoutVehicle.Count };
            var placed = _scheduler.Place(line.Design with { Type = bigger }, line.Timing.Departure, null, trial);
            if (placed?.Vehicle is int n)
            {
                extra[bigger.Id] = Math.Max(extra.GetValueOrDefault(bigger.Id), n);
            }
        }

        return _scenario.VehicleTypes
            .Select(t => new FleetNeed(t.Id, t.Name, t.HomeDepot, t.Count, estimate.GetValueOrDefault(t.Id), Math.Max(calendar.Used(t), extra.GetValueOrDefault(t.Id))))
            .Where(f => f.Estimated > 0 || f.Needed > 0)
            .ToList();
    }

    /// <summary>A station's trunk calls a day for the estimate: its peak day's goods down in truckloads, plus one afternoon call when it has feeders.</summary>
    private (int Calls, ServiceDays Days) TrunkCallsEstimate(Site s, ServiceDays days, List<DesignedLine> feeders, Dictionary<SiteId, ServiceDays> visitDays, IReadOnlyList<VehicleType> trucks)
    {
        var capacity = trucks.Count > 0 ? trucks.Max(t => t.CapacityKg) * _options.TrunkFill : 1;
        var peakKg = days.Days.Select(d => DemandModel.OnDay(s, days, d).Drop.Kg
            + feeders.Where(l => l.Days.Contains(d)).SelectMany(l => l.Stops).Sum(o => DemandModel.OnDay(o, visitDays[o.Id], d).Drop.Kg)).DefaultIfEmpty(0).Max();
        return (Math.Max(1, (int)Math.Ceiling(peakKg / capacity)) + (feeders.Count > 0 ? 1 : 0), days);
    }

    /// <summary>
    /// Before the trunks are routed: per vehicle type, the busiest day's hours of work over the shift, rounded up. A
    /// station's feeders and the hub's direct lines as designed; each trunk call a return trip from the hub (one per
    /// truckload of the station's peak day down, and one for the produce when the station has feeders).
    /// </summary>
    private Dictionary<VehicleTypeId, int> EstimateFleet(Site hub, IEnumerable<DesignedLine> designed, IReadOnlyList<Site> trunkStations, Func<Site, (int Calls, ServiceDays Days)> callsAt, VehicleType? truck)
    {
        var seconds = new Dictionary<(VehicleTypeId, DayOfWeek), long>();
        foreach (var line in designed)
        {
            var ids = line.Stops.Select(s => s.Id).ToArray();
            var timed = _timer.Time(line.Depot.Id, ids, line.Type, _timer.StartFor(line.Depot.Id, ids, line.Type, 0));
            foreach (var day in line.Days.Days)
            {
                seconds[(line.Type.Id, day)] = seconds.GetValueOrDefault((line.Type.Id, day)) + timed.Duration;
            }
        }

        if (truck is not null)
        {
            foreach (var s in trunkStations)
            {
                var (calls, days) = callsAt(s);
                var trip = _timer.Time(hub.Id, [s.Id], truck, _timer.StartFor(hub.Id, [s.Id], truck, 0)).Duration;
                foreach (var day in days.Days)
                {
                    seconds[(truck.Id, day)] = seconds.GetValueOrDefault((truck.Id, day)) + calls * trip;
                }
            }
        }

        var shift = _scenario.VehicleTypes.ToDictionary(t => t.Id, t => Math.Max(1, (long)t.ShiftLength.TotalSeconds));
        return seconds.GroupBy(x => x.Key.Item1).ToDictionary(g => g.Key, g => g.Max(x => (int)Math.Ceiling(x.Value / (double)shift[g.Key])));
    }

    /// <summary>
    /// The sites whose demand the plan leaves behind without being listed yet, with the reason read from the plan:
    /// their lines run on days when no trunk calls at their station, or no line stops there at all.
    /// </summary>
    private IEnumerable<UnplannedSite> Uncarried(LinePlan plan, DemandCarried demand, List<UnplannedSite> listed)
    {
        var known = listed.Select(u => u.Site).ToHashSet();
        foreach (var gap in demand.NotCarried.Where(g => !known.Contains(g.Site)))
        {
            var lines = plan.Lines.Where(l => l.IndexOf(gap.Site) >= 0).ToList();
            var feeder = lines.FirstOrDefault(l => l.Kind == LineKind.Feeder);
            if (gap.Tier == SiteTier.TownshipStation || feeder is not null)
            {
                var station = feeder is not null ? _scenario[feeder.HomeDepot] : _scenario[gap.Site];
                yield return new UnplannedSite(gap.Site, gap.SiteName, UnplannedReasons.NoTrunk,
                    F($"{station.Name} 在部分班期没有干线到达（县中心干线车辆不足或排不下），{gap.Down.Kg:0} kg/周 下行货物、{gap.Up.Kg:0} kg/周 农产品无法运送"),
                    F($"on some service days no trunk line calls at {station.Name} (no hub truck has room), so {gap.Down.Kg:0} kg/week down and {gap.Up.Kg:0} kg/week produce are not carried"));
            }
            else
            {
                yield return new UnplannedSite(gap.Site, gap.SiteName, UnplannedReasons.NoTime,
                    F($"没有线路停靠该站点，{gap.Down.Kg:0} kg/周 下行货物、{gap.Up.Kg:0} kg/周 农产品无人承运"),
                    F($"no line stops at this site, so {gap.Down.Kg:0} kg/week down and {gap.Up.Kg:0} kg/week produce are not carried"));
            }
        }
    }

    /// <summary>
    /// Stations whose only morning call is a one-station trunk line: the truck waits there until the feeders are back
    /// (+ handling) and takes the produce up, instead of an afternoon round trip, when the wait is no longer than that
    /// round trip, its truck has the time (no overlap, its day within the shift, the station still open) and the
    /// call's goods fit (all the station's own goods and its feeders', down then up); with <paramref name="anyWait"/>
    /// (no truck for the afternoon call) however long the wait. The lines are re-timed in place; the stations so
    /// served are returned.
    /// </summary>
    private HashSet<SiteId> HoldMorningCalls(Site hub, IEnumerable<Site> candidates, List<ScheduledLine> trunkLines, List<ScheduledLine> feeders, Dictionary<SiteId, ServiceDays> stationDays, Dictionary<SiteId, ServiceDays> visitDays, Dictionary<SiteId, long> ready, VehicleCalendar calendar, double capKg, double capM3, bool anyWait = false)
    {
        var held = new HashSet<SiteId>();
        foreach (var s in candidates)
        {
            var calls = trunkLines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line.Design.Stops.Any(y => y.Id == s.Id)).ToList();
            if (calls.Count != 1 || calls[0].Line.Design.Stops.Count != 1 || calls[0].Line.Vehicle is not int n)
            {
                continue;
            }

            var (line, index) = calls[0];
            var days = stationDays[s.Id];
            var peak = new StopDemand(Quantity.Zero, Quantity.Zero);
            foreach (var d in days.Days)
            {
                var own = DemandModel.OnDay(s, days, d);
                var mine = feeders.Select(l => l.Design).Where(l => l.Depot.Id == s.Id && l.Days.Contains(d)).SelectMany(l => l.Stops)
                    .Aggregate(new StopDemand(Quantity.Zero, Quantity.Zero), (q, o) => q + DemandModel.OnDay(o, visitDays[o.Id], d));
                peak = StopDemand.Max(peak, own + mine);
            }

            if (Math.Max(peak.Drop.Kg, peak.Pick.Kg) > capKg || Math.Max(peak.Drop.M3, peak.Pick.M3) > capM3)
            {
                continue;
            }

            var type = line.Design.Type;
            var waited = _timer.Time(hub.Id, [s.Id], type, line.Timing.Departure, new Dictionary<SiteId, long> { [s.Id] = ready[s.Id] });
            var unheld = _timer.Time(hub.Id, [s.Id], type, line.Timing.Departure);
            var roundTrip = _timer.Time(hub.Id, [s.Id], type, _timer.StartFor(hub.Id, [s.Id], type, 0)).Duration;
            if (!waited.FitsOpeningHours || (!anyWait && waited.Return - unheld.Return > roundTrip))
            {
                continue;
            }

            calendar.Remove(type, n, line.Design.Days, line.Timing.Departure, line.Timing.Return);
            if (!calendar.Fits(type, n, line.Design.Days, waited.Departure, waited.Return))
            {
                calendar.Add(type, n, line.Design.Days, line.Timing.Departure, line.Timing.Return);
                continue;
            }

            calendar.Add(type, n, line.Design.Days, waited.Departure, waited.Return);
            trunkLines[index] = new ScheduledLine(line.Design with { Loads = [peak] }, waited, n);
            held.Add(s.Id);
        }

        return held;
    }

    /// <summary>
    /// Re-plan: a station with no new feeders whose kept trunk line already leaves it after the kept feeders are back
    /// takes their produce as published, so no new afternoon call is added.
    /// </summary>
    private static bool KeptCallTakesProduce(List<Line> kept, Site station, long ready, Dictionary<SiteId, List<DesignedLine>> newFeeders) =>
        !newFeeders.ContainsKey(station.Id)
        && kept.Any(l => l.Kind == LineKind.Trunk && l.IndexOf(station.Id) is var i && i >= 0 && LineTimer.Sec(l.Stops[i].Departure) >= ready);

    /// <summary>The kept trunk calls at a station that arrive early enough to bring goods for feeders leaving by <paramref name="latestFeederStart"/>.</summary>
    private List<(Line Line, int Stop)> LockedMorningCalls(List<Line> kept, Site station, long latestFeederStart) =>
        kept.Where(l => l.Kind == LineKind.Trunk)
            .Select(l => (Line: l, Stop: l.IndexOf(station.Id)))
            .Where(x => x.Stop >= 0 && LineTimer.Sec(x.Line.Stops[x.Stop].Arrival) + _handling <= latestFeederStart)
            .ToList();

    /// <summary>
    /// Whether the locked calls and <paramref name="added"/> new ones share the station's goods down on every day
    /// with every locked line still within its capacity (its published peak load plus what it now carries more here
    /// and at the stations already re-planned) and no new call above what a truck takes. When they do, the locked
    /// lines' extra loads are recorded.
    /// </summary>
    private bool LockedCallsSuffice(List<(Line Line, int Stop)> calls, Dictionary<DayOfWeek, StopDemand> daily, int added, double newKg, double newM3)
    {
        _previousAssignment ??= DemandAssignment.Compute(_options.Previous!, _scenario);
        var extras = new Dictionary<(string Line, DayOfWeek Day), Quantity>();
        foreach (var (day, need) in daily)
        {
            var running = calls.Where(c => c.Line.ServiceDays.Contains(day)).ToList();
            if (running.Count + added == 0)
            {
                return false;
            }

            var share = need.Drop * (1.0 / (running.Count + added));
            if (added > 0 && (share.Kg > newKg || share.M3 > newM3))
            {
                return false;
            }

            foreach (var (line, stop) in running)
            {
                var type = _scenario.VehicleTypes.FirstOrDefault(t => t.Id == line.VehicleType);
                if (type is null)
                {
                    return false;
                }

                var loads = _previousAssignment.For(line, day);
                var before = loads[stop].Drop;
                var key = (line.Id, day);
                var extra = (extras.TryGetValue(key, out var e) ? e : _lockedExtra.GetValueOrDefault(key)) + new Quantity(share.Kg - before.Kg, share.M3 - before.M3);
                var peak = LoadProfile.Max(loads);
                if (peak.Kg + Math.Max(0, extra.Kg) > type.CapacityKg || peak.M3 + Math.Max(0, extra.M3) > type.CapacityM3)
                {
                    return false;
                }

                extras[key] = extra;
            }
        }

        foreach (var (key, extra) in extras)
        {
            _lockedExtra[key] = extra;
        }

        return true;
    }

    /// <summary>Whether a co-modal bus's hold takes the goods of all its stops on each of its days, stop by stop, as their only visitor.</summary>
    private bool HoldTakesAll(Line bus)
    {
        if (bus.HoldCapacity is not Quantity hold)
        {
            return false;
        }

        var stops = bus.Stops.Where(s => _scenario.TryGetSite(s.Site, out _)).Select(s => _scenario[s.Site]);
        return StopDemand.RouteFits(stops.Select(s => DemandModel.Peak(s, bus.ServiceDays)), hold);
    }

    /// <summary>
    /// Times a trunk line and gives it a truck: on its own type (in time for its deadline, else as early as any truck
    /// has room); failing that on another hub type its loads fit; failing that each stop as a line of its own (short
    /// lines fit the gaps of a busy fleet). What still finds no truck keeps its timetable without a vehicle, and the
    /// verifier reports the shortage.
    /// </summary>
    private IEnumerable<ScheduledLine> PlaceTrunk(DesignedLine line, long earliest, long? latest, VehicleCalendar calendar, IReadOnlyDictionary<SiteId, long>? hold, IReadOnlyList<VehicleType> hubTypes)
    {
        var placed = (latest is not null ? _scheduler.Place(line, earliest, latest, calendar, hold) : null) ?? _scheduler.Place(line, earliest, null, calendar, hold);
        if (placed is not null)
        {
            return [placed];
        }

        foreach (var other in hubTypes.Where(t => t != line.Type && line.Loads is not null && StopDemand.RouteFits(line.Loads, t)))
        {
            if (_scheduler.Place(line with { Type = other }, earliest, null, calendar, hold) is { } moved)
            {
                return [moved];
            }
        }

        if (line.Stops.Count > 1 && line.Loads is not null)
        {
            var parts = new List<ScheduledLine>();
            for (var i = 0; i < line.Stops.Count; i++)
            {
                var single = line with { Stops = [line.Stops[i]], Loads = [line.Loads[i]] };
                var from = Math.Max(earliest, _timer.StartFor(line.Depot.Id, [line.Stops[i].Id], line.Type, earliest));
                parts.AddRange(PlaceTrunk(single, from, latest, calendar, hold, hubTypes));
            }

            return parts;
        }

        var ids = line.Stops.Select(s => s.Id).ToArray();
        return [new ScheduledLine(line, _timer.Time(line.Depot.Id, ids, line.Type, _timer.StartFor(line.Depot.Id, ids, line.Type, earliest), hold), null)];
    }

    private List<(DesignedLine Line, long LatestStart, long EarliestStart)> RouteTrunks(Site hub, List<(Site Station, StopDemand Demand, TimeWindow Window)> calls, Dictionary<SiteId, ServiceDays> stationDays, IReadOnlyList<VehicleType> types, string tag, List<UnroutedStop> unrouted)
    {
        var result = new List<(DesignedLine, long, long)>();
        if (calls.Count == 0)
        {
            return result;
        }

        var request = new RouteRequest(hub, calls.Select(c => c.Station).ToArray(), calls.Select(c => c.Demand).ToArray(), types, calls.Count,
            calls.Select(c => c.Window).ToArray(), LineTimer.Sec(hub.OpeningHours.Open), LineTimer.Sec(hub.OpeningHours.Close),
            unchecked(_options.Seed * 7919 + tag.Length), Math.Max(_options.RoutingIterations, 1500));
        var (routes, left) = _solver.Solve(request, _cancellationToken);
        unrouted.AddRange(left.DistinctBy(u => u.Site.Id));
        var window = calls.GroupBy(c => c.Station.Id).ToDictionary(g => g.Key, g => g.First().Window);
        var callDemand = calls.GroupBy(c => c.Station.Id).ToDictionary(g => g.Key, g => g.First().Demand);
        foreach (var (type, stops) in routes)
        {
            var distinct = stops.DistinctBy(s => s.Id).ToList();
            var days = ServiceDays.FromMask(distinct.Aggregate(0, (m, s) => m | stationDays[s.Id].Mask));
            var loads = distinct.Select(s => callDemand[s.Id].Scale(stops.Count(x => x.Id == s.Id))).ToArray();
            var line = new DesignedLine(LineKind.Trunk, hub, type, days, distinct, loads);
            var ids = distinct.Select(s => s.Id).ToArray();
            var start = _timer.StartFor(hub.Id, ids, type, LineTimer.Sec(hub.OpeningHours.Open));
            var firstWindow = window[ids[0]].Early - _travel.Seconds(hub.Id, ids[0], type);
            var earliest = LineTimer.CeilMinute(Math.Max(start, firstWindow));
            var timed = _timer.Time(hub.Id, ids, type, earliest);
            var slack = timed.Stops.Min(s => window[s.Site].Late - Math.Max(s.Arrival, LineTimer.Sec(_scenario[s.Site].OpeningHours.Open)));
            result.Add((line, earliest + Math.Max(0, slack), earliest));
        }

        return result;
    }

    private LinePlan Build(List<Line> kept, List<ScheduledLine> trunks, List<ScheduledLine> others)
    {
        var b = LinePlanBuilder.For(_scenario);
        var ids = new HashSet<string>(kept.Select(l => l.Id), StringComparer.Ordinal);
        foreach (var line in kept)
        {
            b.AddLine(line);
        }

        string Unique(string id)
        {
            var candidate = id;
            for (var k = 2; !ids.Add(candidate); k++)
            {
                candidate = F($"{id}-{k}");
            }

            return candidate;
        }

        var t = 0;
        foreach (var s in trunks.OrderBy(x => x.Timing.Departure).ThenBy(x => x.Design.Stops[0].Id.Value, StringComparer.Ordinal))
        {
            t++;
            b.AddLine(ToLine(s, Unique(F($"T{t:00}")), F($"干线{t:00}（{string.Join("—", s.Design.Stops.Select(x => ShortName(x)))}）")));
        }

        foreach (var group in others.Where(x => x.Design.Kind == LineKind.Direct).OrderBy(x => x.Timing.Departure).Select((x, i) => (x, i)))
        {
            b.AddLine(ToLine(group.x, Unique(F($"D{group.i + 1:00}")), F($"直达线{group.i + 1:00}")));
        }

        foreach (var byStation in others.Where(x => x.Design.Kind == LineKind.Feeder).GroupBy(x => x.Design.Depot.Id).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var k = 0;
            foreach (var s in byStation.OrderBy(x => x.Design.Days.Mask).ThenBy(x => x.Timing.Departure))
            {
                k++;
                b.AddLine(ToLine(s, Unique(F($"F{byStation.Key.Value}-{k:00}")), F($"{ShortName(s.Design.Depot)}支线{k:00}")));
            }
        }

        return b.Build();
    }

    private static string ShortName(Site s)
    {
        foreach (var suffix in new[] { "综合运输服务站", "为农服务中心", "服务站", "站" })
        {
            if (s.Name.EndsWith(suffix, StringComparison.Ordinal) && s.Name.Length > suffix.Length)
            {
                return s.Name[..^suffix.Length];
            }
        }

        return s.Name;
    }

    private static Line ToLine(ScheduledLine s, string id, string name) => new()
    {
        Id = id,
        Name = name,
        Kind = s.Design.Kind,
        VehicleType = s.Design.Type.Id,
        Vehicle = s.Vehicle,
        HomeDepot = s.Design.Depot.Id,
        ServiceDays = s.Design.Days,
        Departure = LineTimer.Clock(s.Timing.Departure),
        Return = LineTimer.Clock(s.Timing.Return),
        Stops = s.Timing.Stops.Select(x => new LineStop(x.Site, LineTimer.Clock(x.Arrival), LineTimer.Clock(x.Departure))).ToArray(),
    };

    /// <summary>Weekly kilometres and running cost (distance and driver hours) of the plan's own vehicles.</summary>
    internal (double Km, double Cost) Totals(LinePlan plan, LineKind? kind = null)
    {
        double km = 0, cost = 0;
        foreach (var line in plan.Lines.Where(l => l.Kind != LineKind.CoModal && l.VehicleType is not null && (kind is null || l.Kind == kind)))
        {
            var type = _scenario.VehicleTypes.FirstOrDefault(t => t.Id == line.VehicleType);
            if (type is null)
            {
                continue;
            }

            var previous = line.HomeDepot;
            long metres = 0;
            foreach (var stop in line.Stops.Select(s => s.Site).Append(line.HomeDepot))
            {
                metres += _travel.Metres(previous, stop, type);
                previous = stop;
            }

            var runs = line.ServiceDays.Count;
            km += metres / 1000.0 * runs;
            cost += (metres / 1000.0 * type.CostPerKm + line.Duration.TotalHours * type.CostPerHour) * runs;
        }

        return (km, cost);
    }

    private double WeeklyCostOf(LinePlan plan) => Totals(plan).Cost;

    private double WeeklyCostOf(IEnumerable<DesignedLine> lines)
    {
        double cost = 0;
        foreach (var line in lines)
        {
            var timed = _timer.Time(line.Depot.Id, line.Stops.Select(s => s.Id).ToArray(), line.Type, 0);
            cost += (timed.Metres / 1000.0 * line.Type.CostPerKm + timed.Duration / 3600.0 * line.Type.CostPerHour) * line.Days.Count;
        }

        return cost;
    }

    private void Report(string phase, double cost, string message) => _progress?.Report(new PlannerProgress(phase, Elapsed, cost, message));

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
