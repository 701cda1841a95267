using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Kpis;

/// <summary>
/// Computes <see cref="PlanKpis"/> from a plan, its scenario and travel distances:
/// <list type="bullet">
/// <item>km: each line's drive depot → stops → depot (<see cref="ITravelTimes"/> distances) × its service days;
/// vehicle-hours: each line's duration × its service days;</item>
/// <item>vehicles used (<see cref="VehicleUse"/>): per type and day, the distinct numbered vehicles or the peak of
/// lines on the road at once, whichever is larger; the type's figure is its busiest day;</item>
/// <item>cost: km × <see cref="VehicleType.CostPerKm"/> + hours × <see cref="VehicleType.CostPerHour"/> +
/// <see cref="VehicleType.FixedCostPerDay"/> for each vehicle used on each day; a day's fixed cost of a type is shared
/// equally by the type's lines running that day (so per-line and per-kind costs add up to the total);</item>
/// <item>CO₂: km × <see cref="VehicleType.Co2KgPerKm"/> (the factors of data/README.md: IPCC 2006 fuel factors and
/// the national grid factor);</item>
/// <item>load factors from the goods of <see cref="DemandAssignment"/>: down goods loaded at the depot and dropped
/// stop by stop, produce picked up and carried back; tonne-km carried = Σ legs load × km, offered = Σ legs capacity × km;
/// the peak load factor of a run is its highest load on board (leaving the depot or a stop) / the capacity;</item>
/// <item>co-modal buses add 0 km, hours, cost and CO₂ (the bus runs anyway, on its own timetable); their loads count
/// against the hold capacity on the bus's distance;</item>
/// <item>visits: the village outlets (<see cref="SiteTier.VillageOutlet"/>) of the scenario; an outlet's visits a week
/// are the weekdays on which some line stops there; an outlet requiring 0 visits meets "≥ required".</item>
/// <item>demand carried: <see cref="DemandCarried.Compute"/> (every site with demand, not only the outlets).</item>
/// </list>
/// Every line must refer to sites and vehicle types of the scenario (verify the plan first).
/// </summary>
public static class PlanKpiCalculator
{
    /// <summary>The visit thresholds reported besides "≥ required".</summary>
    public static readonly IReadOnlyList<int> VisitThresholds = [1, 2, 3];

    public static PlanKpis Compute(LinePlan plan, Scenario scenario, ITravelTimes travelTimes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(travelTimes);
        var types = scenario.VehicleTypes.ToDictionary(t => t.Id);
        foreach (var line in plan.Lines)
        {
            foreach (var site in line.Stops.Select(s => s.Site).Prepend(line.HomeDepot))
            {
                if (!scenario.TryGetSite(site, out _))
                {
                    throw new ArgumentException($"Line {line.Id} stops at {site.Value}, which the scenario does not have.", nameof(plan));
                }
            }

            if (line.VehicleType is VehicleTypeId id && !types.ContainsKey(id))
            {
                throw new ArgumentException($"Line {line.Id} uses vehicle type {id.Value}, which the scenario does not have.", nameof(plan));
            }
        }

        var assignment = DemandAssignment.Compute(plan, scenario);
        var (vehicles, fixedShare) = Vehicles(plan, scenario);
        var byLine = plan.Lines.Select(l => ForLine(l, l.VehicleType is VehicleTypeId t ? types[t] : null, assignment, fixedShare, travelTimes)).ToArray();
        var byKind = Enum.GetValues<LineKind>().ToDictionary(
            k => k,
            k => byLine.Where(l => l.Kind == k).Select(l => l.Figures).Aggregate(KpiFigures.Zero, KpiFigures.Add));
        var totals = byLine.Select(l => l.Figures).Aggregate(KpiFigures.Zero, KpiFigures.Add);
        var visitsByKind = Enum.GetValues<LineKind>().ToDictionary(
            k => k,
            k => VisitShares(plan.Lines.Where(l => l.Kind == k).ToArray(), scenario));
        var stops = plan.Lines.ToDictionary(l => l.Id, l => l.Stops.Count);
        return new PlanKpis(totals, byKind, byLine, vehicles, VisitShares(plan.Lines, scenario), visitsByKind, DemandCarried.Compute(plan, scenario))
        {
            LightOneStationTrunks = byLine.Count(l => l.IsLightOneStationTrunk(stops[l.LineId], PlanKpis.LightTrunkThreshold)),
        };
    }

    /// <summary>The vehicles of one type used on <paramref name="day"/>: distinct numbers, or the peak on the road at once.</summary>
    public static int VehiclesUsedOn(IEnumerable<Line> linesOfType, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(linesOfType);
        var ofDay = linesOfType.Where(l => l.ServiceDays.Contains(day)).ToList();
        var numbered = ofDay.Where(l => l.Vehicle is not null).Select(l => l.Vehicle!.Value).Distinct().Count();
        var onRoad = 0;
        var peak = 0;

        // A return at the same minute as a departure frees the vehicle first (as the verifier counts).
        foreach (var (_, delta) in ofDay
            .SelectMany(l => new[] { (Time: l.Departure, Delta: 1), (Time: l.Return, Delta: -1) })
            .OrderBy(e => e.Time).ThenBy(e => e.Delta))
        {
            onRoad += delta;
            peak = Math.Max(peak, onRoad);
        }

        return Math.Max(numbered, peak);
    }

    private static (IReadOnlyList<VehicleUse> Uses, Dictionary<(VehicleTypeId, DayOfWeek), double> FixedShare) Vehicles(LinePlan plan, Scenario scenario)
    {
        var uses = new List<VehicleUse>();
        var share = new Dictionary<(VehicleTypeId, DayOfWeek), double>();
        foreach (var type in scenario.VehicleTypes)
        {
            var lines = plan.Lines.Where(l => l.Kind != LineKind.CoModal && l.VehicleType == type.Id).ToArray();
            var perDay = new int[7];
            foreach (var day in Weekdays.MondayFirst)
            {
                var used = VehiclesUsedOn(lines, day);
                perDay[Weekdays.Index(day)] = used;
                var running = lines.Count(l => l.ServiceDays.Contains(day));
                share[(type.Id, day)] = running > 0 ? used * type.FixedCostPerDay / running : 0;
            }

            uses.Add(new VehicleUse(type.Id, type.Name, type.Count, perDay, perDay.Sum() * type.FixedCostPerDay));
        }

        return (uses, share);
    }

    private static LineKpis ForLine(Line line, VehicleType? type, DemandAssignment assignment, Dictionary<(VehicleTypeId, DayOfWeek), double> fixedShare, ITravelTimes travel)
    {
        var legs = new List<double>();
        var previous = line.HomeDepot;
        foreach (var stop in line.Stops)
        {
            legs.Add(travel.Between(previous, stop.Site, type).Distance.Kilometres);
            previous = stop.Site;
        }

        legs.Add(travel.Between(previous, line.HomeDepot, type).Distance.Kilometres);
        var tripKm = legs.Sum();
        var tripHours = line.Duration.TotalHours;
        var capacity = line.HoldCapacity ?? new Quantity(type!.CapacityKg, type.CapacityM3);
        var freight = line.Kind != LineKind.CoModal && type is not null;
        var figures = KpiFigures.Zero;
        var maxPeak = 0.0;
        foreach (var day in line.ServiceDays.Days)
        {
            var loads = assignment.For(line, day);
            var onBoard = LoadProfile.OnBoard(loads);
            var peak = LoadProfile.Max(loads);
            maxPeak = Math.Max(maxPeak, capacity.Kg > 0 ? peak.Kg / capacity.Kg : 0);
            double kgKm = 0, m3Km = 0;
            for (var i = 0; i < onBoard.Length; i++)
            {
                kgKm += onBoard[i].Kg / 1000 * legs[i];
                m3Km += onBoard[i].M3 * legs[i];
            }

            figures += new KpiFigures
            {
                Runs = 1,
                Km = freight ? tripKm : 0,
                VehicleHours = freight ? tripHours : 0,
                VariableCost = freight ? tripKm * type!.CostPerKm + tripHours * type.CostPerHour : 0,
                FixedCost = freight ? fixedShare[(type!.Id, day)] : 0,
                Co2Kg = freight ? tripKm * type!.Co2KgPerKm : 0,
                TonneKmCarried = kgKm,
                TonneKmOffered = capacity.Kg / 1000 * tripKm,
                CubicMetreKmCarried = m3Km,
                CubicMetreKmOffered = capacity.M3 * tripKm,
                PeakRatioSumKg = capacity.Kg > 0 ? peak.Kg / capacity.Kg : 0,
                PeakRatioSumM3 = capacity.M3 > 0 ? peak.M3 / capacity.M3 : 0,
            };
        }

        return new LineKpis(line.Id, line.Kind, line.VehicleType, line.ServiceDays, tripKm, tripHours, figures, maxPeak);
    }

    private static IReadOnlyList<VisitShare> VisitShares(IReadOnlyList<Line> lines, Scenario scenario)
    {
        var outlets = scenario.SitesOf(SiteTier.VillageOutlet).ToArray();
        var days = outlets.Select(o => ServiceDays.Of(lines.Where(l => l.IndexOf(o.Id) >= 0).SelectMany(l => l.ServiceDays.Days)).Count).ToArray();
        var shares = VisitThresholds.Select(n => new VisitShare(n, days.Count(d => d >= n), outlets.Length)).ToList();
        shares.Add(new VisitShare(null, outlets.Where((o, i) => days[i] >= o.RequiredVisitsPerWeek).Count(), outlets.Length));
        return shares;
    }
}
