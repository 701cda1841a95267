using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Routing.Problem;
using VehicleType = Logistics.Planning.Network.VehicleType;

namespace Logistics.Planning.Planner;

/// <summary>
/// The no-consistency baseline: every day, each depot's routes are planned afresh over the sites the fixed plan
/// visits that day, with that day's exact loads (not the peak over the pattern's days), in any order and at any time
/// within opening hours. Trunks likewise: per day a morning round with the goods down and an afternoon round with the
/// produce up, with that day's loads. What the fixed lines cost more than this is the price of consistency.
/// </summary>
internal sealed class DailyBaseline(Scenario scenario, RouteSolver solver, LineTimer timer, PlannerOptions options)
{
    public (double Km, double Cost, double TrunkKm, double TrunkCost) Compute(LinePlan plan, Site hub, IReadOnlyList<VehicleType> trunkTypes, CancellationToken cancellationToken)
    {
        var visitDays = new Dictionary<SiteId, ServiceDays>();
        foreach (var line in plan.Lines)
        {
            foreach (var stop in line.Stops)
            {
                visitDays[stop.Site] = ServiceDays.FromMask((visitDays.TryGetValue(stop.Site, out var d) ? d.Mask : 0) | line.ServiceDays.Mask);
            }
        }

        var typesAt = scenario.VehicleTypes.GroupBy(t => t.HomeDepot).ToDictionary(g => g.Key, g => (IReadOnlyList<VehicleType>)g.OrderBy(t => t.ColdChain).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToList());
        var jobs = new List<(Site Depot, DayOfWeek Day, List<Site> Stops, List<StopDemand> Demand, IReadOnlyList<VehicleType> Types, int Seed, bool Trunk)>();
        foreach (var day in Weekdays.MondayFirst)
        {
            var lines = plan.LinesOn(day).Where(l => l.Kind is LineKind.Feeder or LineKind.Direct).ToList();
            foreach (var byDepot in lines.GroupBy(l => l.HomeDepot).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
            {
                var stops = byDepot.SelectMany(l => l.Stops).Select(s => s.Site).Distinct().Select(id => scenario[id]).ToList();
                if (!typesAt.TryGetValue(byDepot.Key, out var types))
                {
                    continue;
                }

                var vehicles = byDepot.First().Kind == LineKind.Direct ? trunkTypes : types;
                jobs.Add((scenario[byDepot.Key], day, stops, stops.Select(s => DemandModel.OnDay(s, visitDays[s.Id], day)).ToList(), vehicles, jobs.Count, false));
            }

            // Trunk rounds with the day's loads: one morning call (down) and one afternoon call (up) per station.
            var trunkStations = plan.LinesOn(day).Where(l => l.Kind == LineKind.Trunk).SelectMany(l => l.Stops).Select(s => s.Site).Distinct().Select(id => scenario[id]).ToList();
            if (trunkStations.Count > 0 && trunkTypes.Count > 0)
            {
                var down = new List<StopDemand>();
                var up = new List<StopDemand>();
                foreach (var s in trunkStations)
                {
                    var own = DemandModel.OnDay(s, visitDays[s.Id], day).Scale(0.5);
                    var feeders = lines.Where(l => l.HomeDepot == s.Id).SelectMany(l => l.Stops).Select(x => scenario[x.Site])
                        .Aggregate(new StopDemand(Quantity.Zero, Quantity.Zero), (q, o) => q + DemandModel.OnDay(o, visitDays[o.Id], day));
                    down.Add(new StopDemand(own.Drop + feeders.Drop, own.Pick));
                    up.Add(new StopDemand(own.Drop, own.Pick + feeders.Pick));
                }

                var downDemand = Split(down, trunkTypes, trunkStations, out var downStops);
                jobs.Add((hub, day, downStops, downDemand, trunkTypes, jobs.Count, true));
                var upDemand = Split(up, trunkTypes, trunkStations, out var upStops);
                jobs.Add((hub, day, upStops, upDemand, trunkTypes, jobs.Count, true));
            }
        }

        var results = new (double Km, double Cost)[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads > 0 ? options.Threads : Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var job = jobs[i];
            var windows = job.Stops.Select(s => new TimeWindow(LineTimer.Sec(s.OpeningHours.Open), Math.Max(LineTimer.Sec(s.OpeningHours.Open), LineTimer.Sec(s.OpeningHours.Close) - timer.Service(s)))).ToArray();
            var request = new RouteRequest(job.Depot, job.Stops, job.Demand, job.Types, job.Stops.Count, windows,
                LineTimer.Sec(job.Depot.OpeningHours.Open), LineTimer.Sec(job.Depot.OpeningHours.Close),
                unchecked(options.Seed * 104729 + job.Seed), options.RoutingIterations);
            var (routes, _) = solver.Solve(request, cancellationToken);
            double km = 0, cost = 0;
            foreach (var (type, stops) in routes)
            {
                var ids = stops.Select(s => s.Id).Distinct().ToArray();
                var timed = timer.Time(job.Depot.Id, ids, type, timer.StartFor(job.Depot.Id, ids, type, LineTimer.Sec(job.Depot.OpeningHours.Open)));
                km += timed.Metres / 1000.0;
                cost += timed.Metres / 1000.0 * type.CostPerKm + timed.Duration / 3600.0 * type.CostPerHour;
            }

            results[i] = (km, cost);
        });

        var trunk = results.Where((_, i) => jobs[i].Trunk).ToList();
        return (results.Sum(r => r.Km), results.Sum(r => r.Cost), trunk.Sum(r => r.Km), trunk.Sum(r => r.Cost));
    }

    /// <summary>Calls larger than a truck split into equal parts (as the fixed plan does).</summary>
    private List<StopDemand> Split(List<StopDemand> demand, IReadOnlyList<VehicleType> types, List<Site> stations, out List<Site> stops)
    {
        var capKg = types.Max(t => t.CapacityKg) * options.TrunkFill;
        var capM3 = types.Max(t => t.CapacityM3) * options.TrunkFill;
        var result = new List<StopDemand>();
        stops = [];
        for (var i = 0; i < demand.Count; i++)
        {
            var d = demand[i];
            var k = Math.Max(1, (int)Math.Ceiling(new[] { d.Drop.Kg / capKg, d.Pick.Kg / capKg, d.Drop.M3 / capM3, d.Pick.M3 / capM3 }.Max()));
            for (var j = 0; j < k; j++)
            {
                result.Add(d.Scale(1.0 / k));
                stops.Add(stations[i]);
            }
        }

        return result;
    }
}
