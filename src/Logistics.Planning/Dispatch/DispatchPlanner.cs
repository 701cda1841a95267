using System.Globalization;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// Daily dispatch (每日调度) of a line plan for one date:
/// <list type="number">
/// <item><b>Runs.</b> The lines that run on the date's weekday, each with its goods by class per stop (the weekly
/// <see cref="DemandAssignment"/>: orders since the previous visit, same-day visits sharing, trunks carrying the
/// feeders' goods) and the load on board leaving the depot and each stop.</item>
/// <item><b>Vehicles.</b> A line naming its vehicle keeps it; the others get, by departure, the lowest-numbered
/// available vehicle of their type that is free (no overlap with its other lines, its day within the shift).</item>
/// <item><b>Unavailable vehicle</b> (<see cref="DispatchRequest.Unavailable"/>): its lines of the day, by departure,
/// are re-planned. (A) Its stops are inserted one at a time, cheapest feasible first, into the other lines of the
/// same depot running that day (not co-modal buses; a line already calling at the site just takes the goods): the
/// insertion's times are recomputed from that point on (later stops of that line shift that day only; a township
/// station keeps a longer planned stop), and it must keep every site's opening hours, the line within the driver's
/// shift, no overlap with the vehicle's next line and its day within the shift, the load within capacity leaving the
/// depot and each stop (kg and m³), and every trunk–feeder connection that held. Cost = extra km × cost per km + extra
/// hours × cost per hour. (B) The whole line on another free vehicle of its type, at its time or right after one of
/// that vehicle's lines, with the same checks; cost = the vehicle's fixed day cost when it had no line that day.
/// (A) is taken when it serves every stop and costs no more than (B) minus the line's own saved cost; otherwise (B);
/// otherwise (A) as far as it goes and the rest as a shorter line on another vehicle if one fits; every stop still left
/// is listed (<see cref="UnservedStop"/>) with the reason of its nearest candidate (<see cref="DispatchReasons"/>).</item>
/// <item><b>Late orders</b> (<see cref="DispatchRequest.LateOrders"/>): added to the site's goods of the day when some
/// line stops there that day and every line that would carry it (the visiting lines, and the trunks bringing a
/// feeder's goods) keeps within capacity; otherwise reported.</item>
/// <item><b>Check.</b> The day's plan is verified (see <see cref="DispatchDay"/>).</item>
/// </list>
/// </summary>
public static class DispatchPlanner
{
    /// <summary>The verifier codes that concern the whole week, not one day (kept apart in <see cref="DispatchDay.NotApplicable"/>).</summary>
    public static readonly IReadOnlyList<string> WeeklyOnlyCodes = [ViolationCodes.MissingVisits, ViolationCodes.UnevenVisits];

    public static DispatchDay Plan(LinePlan plan, Scenario scenario, ITravelTimes travelTimes, DispatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(travelTimes);
        ArgumentNullException.ThrowIfNull(request);
        CheckInput(plan, scenario, request);

        var day = request.Day;
        var weekly = DemandAssignment.Compute(plan, scenario);
        var replanner = new DayReplanner(plan, scenario, travelTimes, day, request.Unavailable, weekly, OwnGoods(plan, scenario, day));
        replanner.Run();
        var lines = replanner.Lines.Where(l => !l.Removed).ToList();

        // Late orders, one after the other, each kept only if every line still fits.
        var own = replanner.Own;
        var dayScenario = DayScenario(scenario, day, own);
        var probePlan = DayPlan(lines, dayScenario, day);
        var lateResults = new List<LateOrderResult>();
        foreach (var order in request.LateOrders)
        {
            var visiting = probePlan.Lines.Where(l => l.IndexOf(order.Site) >= 0).Select(l => l.Id).ToArray();
            var name = scenario[order.Site].Name;
            var what = F($"{GoodsClassNames.Chinese(order.Goods)} {order.Quantity.Kg:0.#} kg / {order.Quantity.M3:0.###} m³");
            var whatEn = F($"{order.Quantity.Kg:0.#} kg / {order.Quantity.M3:0.###} m³ of {GoodsClassNames.English(order.Goods)}");
            if (visiting.Length == 0)
            {
                lateResults.Add(new LateOrderResult(order, false, [], DispatchReasons.NotVisited,
                    $"{Weekdays.Chinese(day)}没有线路到 {name}，{what} 待下次到访", $"no line stops at {name} on {day}: {whatEn} waits for the next visit"));
                continue;
            }

            var trialOwn = new Dictionary<SiteId, DailyDemand>(own);
            var before = trialOwn.GetValueOrDefault(order.Site, DailyDemand.None);
            trialOwn[order.Site] = before.With(order.Goods, before.Get(order.Goods) + order.Quantity);
            var trialScenario = DayScenario(scenario, day, trialOwn);
            var overload = NewOverload(probePlan, dayScenario, trialScenario, day);
            if (overload is { } o)
            {
                lateResults.Add(new LateOrderResult(order, false, visiting, DispatchReasons.OverCapacity,
                    F($"加上 {what} 后线路 {o.Line} 车上 {o.Load.Kg:0.#} kg / {o.Load.M3:0.##} m³，超过 {o.Capacity.Kg:0.#} kg / {o.Capacity.M3:0.##} m³"),
                    F($"with {whatEn} line {o.Line} would carry {o.Load.Kg:0.#} kg / {o.Load.M3:0.##} m³, above {o.Capacity.Kg:0.#} kg / {o.Capacity.M3:0.##} m³")));
                continue;
            }

            own = trialOwn;
            dayScenario = trialScenario;
            lateResults.Add(new LateOrderResult(order, true, visiting, null,
                $"{what} 加到线路 {string.Join("、", visiting)}", $"{whatEn} added to line(s) {string.Join(", ", visiting)}"));
        }

        var dayPlan = DayPlan(lines, dayScenario, day);
        var assignment = DemandAssignment.Compute(dayPlan, dayScenario);
        var runs = dayPlan.Lines.Select(l => Run(l, lines.First(w => w.Line.Id == l.Id), plan[l.Id], scenario, assignment, day)).ToArray();
        var report = PlanVerifier.Verify(dayPlan, dayScenario, travelTimes);
        var kept = report.Violations.Where(v => !WeeklyOnlyCodes.Contains(v.Code)).ToArray();
        var weeklyOnly = report.Violations.Where(v => WeeklyOnlyCodes.Contains(v.Code)).ToArray();
        var matches = plan.ScenarioName == scenario.Name && plan.ScenarioHash == ScenarioFingerprint.Of(scenario);
        return new DispatchDay(request.Date, runs, replanner.Moves, replanner.Unserved, lateResults, dayPlan, dayScenario,
            new VerificationReport(kept), weeklyOnly, matches);
    }

    /// <summary>
    /// What each site hands over on <paramref name="day"/> under the weekly plan, by class: the demand of the days
    /// since its previous visit day (rule 1 of <see cref="DemandAssignment"/>); nothing for a site not visited that day.
    /// </summary>
    public static IReadOnlyDictionary<SiteId, DailyDemand> SiteGoods(LinePlan plan, Scenario scenario, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        return OwnGoods(plan, scenario, day);
    }

    private static Dictionary<SiteId, DailyDemand> OwnGoods(LinePlan plan, Scenario scenario, DayOfWeek day)
    {
        var result = new Dictionary<SiteId, DailyDemand>();
        var sites = plan.Lines.SelectMany(l => l.Stops.Select(s => s.Site)).Distinct();
        foreach (var site in sites)
        {
            if (!scenario.TryGetSite(site, out var s))
            {
                continue;
            }

            var visitDays = plan.Lines.Where(l => l.IndexOf(site) >= 0).SelectMany(l => l.ServiceDays.Days).Distinct().ToArray();
            if (!visitDays.Contains(day))
            {
                continue;
            }

            result[site] = DemandAssignment.CoveredDays(visitDays, day).Aggregate(DailyDemand.None, (sum, x) => DayReplanner.Add(sum, s.Demand[x]));
        }

        return result;
    }

    /// <summary>The scenario whose demand on <paramref name="day"/> is <paramref name="own"/> and nothing on the other days.</summary>
    internal static Scenario DayScenario(Scenario scenario, DayOfWeek day, IReadOnlyDictionary<SiteId, DailyDemand> own)
    {
        var b = scenario.ToBuilder();
        var index = Weekdays.Index(day);
        foreach (var site in scenario.Sites)
        {
            var days = Enumerable.Range(0, 7).Select(i => i == index ? own.GetValueOrDefault(site.Id, DailyDemand.None) : DailyDemand.None).ToArray();
            b.SetSite(site with { Demand = new WeeklyDemand(days) });
        }

        return b.Build();
    }

    private static LinePlan DayPlan(List<WorkLine> lines, Scenario dayScenario, DayOfWeek day)
    {
        var b = LinePlanBuilder.For(dayScenario);
        foreach (var w in lines)
        {
            b.AddLine(w.Line with { ServiceDays = ServiceDays.Of(day), Vehicle = w.Line.Kind == LineKind.CoModal ? null : w.Vehicle });
        }

        return b.Build();
    }

    private static DispatchRun Run(Line line, WorkLine work, Line planned, Scenario scenario, DemandAssignment assignment, DayOfWeek day)
    {
        var goods = assignment.ByClass(line, day);
        var total = goods.Aggregate(DailyDemand.None, DayReplanner.Add);
        var loaded = total with { Produce = Quantity.Zero };
        var onBoard = loaded;
        var stops = new List<DispatchStop>();
        var retimed = line.Departure != planned.Departure || line.Return != planned.Return;
        for (var i = 0; i < line.Stops.Count; i++)
        {
            var g = goods[i];
            onBoard = new DailyDemand(
                onBoard.ConsumerGoods - g.ConsumerGoods, onBoard.FarmInputs - g.FarmInputs, onBoard.Parcels - g.Parcels, onBoard.Produce + g.Produce);
            var stop = line.Stops[i];
            var own = planned.IndexOf(stop.Site);
            TimeOnly? plannedArrival = work.MovedFrom[i] is null && own >= 0 ? planned.Stops[own].Arrival : null;
            retimed |= plannedArrival is TimeOnly p && (p != stop.Arrival || planned.Stops[own].Departure != stop.Departure);
            stops.Add(new DispatchStop(i + 1, stop.Site, scenario[stop.Site].Name, stop.Arrival, stop.Departure, plannedArrival, g, onBoard, work.MovedFrom[i]));
        }

        var label = line.Kind == LineKind.CoModal ? null : line.VehicleLabel;
        return new DispatchRun(line, label, work.PlannedVehicle, retimed, loaded, stops);
    }

    /// <summary>The first line that is over capacity with <paramref name="after"/>'s goods and was not (or less) with <paramref name="before"/>'s.</summary>
    private static (string Line, Quantity Load, Quantity Capacity)? NewOverload(LinePlan plan, Scenario before, Scenario after, DayOfWeek day)
    {
        var a0 = DemandAssignment.Compute(plan, before);
        var a1 = DemandAssignment.Compute(plan, after);
        foreach (var line in plan.Lines)
        {
            var capacity = line.HoldCapacity ?? (line.VehicleType is VehicleTypeId t
                ? after.VehicleTypes.First(v => v.Id == t) is var type ? new Quantity(type.CapacityKg, type.CapacityM3) : Quantity.Zero
                : Quantity.Zero);
            var (peak1, ratio1) = Peak(a1.For(line, day), capacity);
            var (_, ratio0) = Peak(a0.For(line, day), capacity);
            if (ratio1 > 1 + 1e-9 && ratio1 > ratio0 + 1e-12)
            {
                return (line.Id, peak1, capacity);
            }
        }

        return null;
    }

    private static (Quantity Load, double Ratio) Peak(IReadOnlyList<StopLoad> loads, Quantity capacity) => LoadProfile.Peak(loads, capacity);

    private static void CheckInput(LinePlan plan, Scenario scenario, DispatchRequest request)
    {
        foreach (var line in plan.Lines)
        {
            foreach (var site in line.Stops.Select(s => s.Site).Prepend(line.HomeDepot))
            {
                if (!scenario.TryGetSite(site, out _))
                {
                    throw new ArgumentException($"Line {line.Id} stops at {site.Value}, which the scenario does not have (verify the plan first).", nameof(plan));
                }
            }

            if (line.VehicleType is VehicleTypeId id && scenario.VehicleTypes.All(t => t.Id != id))
            {
                throw new ArgumentException($"Line {line.Id} uses vehicle type {id.Value}, which the scenario does not have (verify the plan first).", nameof(plan));
            }
        }

        foreach (var v in request.Unavailable)
        {
            var type = scenario.VehicleTypes.FirstOrDefault(t => t.Id == v.Type)
                ?? throw new ArgumentException($"Unavailable vehicle {v.Label}: the scenario has no vehicle type {v.Type.Value}.", nameof(request));
            if (v.Number < 1 || v.Number > type.Count)
            {
                throw new ArgumentException(F($"Unavailable vehicle {v.Label}: the number must be within 1…{type.Count}."), nameof(request));
            }
        }

        foreach (var o in request.LateOrders)
        {
            if (!scenario.TryGetSite(o.Site, out _))
            {
                throw new ArgumentException($"Late order: the scenario has no site {o.Site.Value}.", nameof(request));
            }

            if (!(o.Quantity.Kg >= 0) || !(o.Quantity.M3 >= 0) || !double.IsFinite(o.Quantity.Kg) || !double.IsFinite(o.Quantity.M3) || o.Quantity.IsZero)
            {
                throw new ArgumentException(F($"Late order for {o.Site.Value}: the quantity must be positive kg and non-negative m³ ({o.Quantity.Kg} kg, {o.Quantity.M3} m³)."), nameof(request));
            }
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
