using Logistics.Planning.Network;
using Logistics.Routing.Problem;
using Logistics.Routing.Solver;
using EngineVehicle = Logistics.Routing.Problem.VehicleType;
using VehicleType = Logistics.Planning.Network.VehicleType;

namespace Logistics.Planning.Planner;

/// <summary>
/// Puts a <see cref="RouteRequest"/> to our routing engine and reads the routes back. Units are rounded once here:
/// loads in 0.01 kg and litres (demand rounded up, capacity down, so an engine-feasible route is feasible in kg and
/// m³), distance in metres, time in seconds, cost in 0.001 fen (CostPerKm CNY/km = 100 per metre; 1 CNY = 100,000),
/// each route paying its vehicle's fixed cost per day, so that the engine fills vehicles before it adds one. A solve stops at
/// its iteration limit or when the planner's budget (<paramref name="remaining"/>) is spent. <paramref name="engine"/>:
/// the routing engine (ours when null).
/// </summary>
internal sealed class RouteSolver(TravelCache travel, LineTimer timer, Func<TimeSpan> remaining, IRoutingEngine? engine = null)
{
    public (IReadOnlyList<(VehicleType Type, IReadOnlyList<Site> Stops)> Routes, IReadOnlyList<UnroutedStop> Unrouted) Solve(RouteRequest request, CancellationToken cancellationToken)
    {
        if (request.Stops.Count == 0)
        {
            return ([], []);
        }

        // Larger vehicles first: the engine's routes default to the first type.
        request = request with { Types = request.Types.OrderByDescending(t => t.CapacityKg).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToArray() };
        var b = new ProblemBuilder();
        b.AddDepot(new Depot(request.Depot.Id.Value));
        for (var i = 0; i < request.Stops.Count; i++)
        {
            var d = request.Demand[i];
            b.AddClient(new Client(
                request.Stops[i].Id.Value,
                [Up(d.Drop.Kg * 100), Up(d.Drop.M3 * 1000)],
                [Up(d.Pick.Kg * 100), Up(d.Pick.M3 * 1000)],
                timer.Service(request.Stops[i]),
                request.Windows is null ? [TimeWindow.Unbounded] : [request.Windows[i]]));
        }

        var sites = new List<Site> { request.Depot };
        sites.AddRange(request.Stops);
        var n = sites.Count;
        for (var t = 0; t < request.Types.Count; t++)
        {
            var type = request.Types[t];
            var distance = new long[n, n];
            var duration = new long[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (i != j)
                    {
                        var leg = travel.Leg(sites[i].Id, sites[j].Id, type);
                        distance[i, j] = leg.Distance.Value;
                        duration[i, j] = leg.Time.Value;
                    }
                }
            }

            b.AddProfile(distance, duration);
            b.AddVehicleType(new EngineVehicle(
                type.Id.Value,
                request.RoutesPerType,
                [Down(type.CapacityKg * 100), Down(type.CapacityM3 * 1000)],
                ShiftStart: request.ShiftStart,
                ShiftEnd: request.ShiftEnd,
                MaxDuration: (long)type.ShiftLength.TotalSeconds,
                FixedCost: (long)Math.Round(type.FixedCostPerDay * 100_000),
                UnitDistanceCost: Math.Max(1, (long)Math.Round(type.CostPerKm * 100)),
                UnitDurationCost: (long)Math.Round(type.CostPerHour * 100_000 / 3600),
                Profile: t));
        }

        var data = b.Build();
        var result = (engine ?? new HgsEngine()).Solve(
            data,
            new SolverOptions
            {
                Seed = request.Seed,
                MaxIterations = request.Iterations,
                TimeLimit = TimeSpan.FromTicks(Math.Max(remaining().Ticks, TimeSpan.FromMilliseconds(50).Ticks)),
                Parameters = new Routing.Genetic.GeneticParameters { MinPopulationSize = 10, GenerationSize = 20, InitialPopulationSize = 10, PenaltyUpdateInterval = 20 },
            },
            cancellationToken: cancellationToken);

        // The engine's best may still break a limit on a hard instance: cut such routes into pieces that keep them all.
        var routes = new List<(VehicleType, IReadOnlyList<Site>)>();
        foreach (var r in result.Best.Routes.Where(r => r.Clients.Count > 0))
        {
            if (r.IsFeasible)
            {
                routes.Add((request.Types[r.VehicleType], r.Clients.Select(c => request.Stops[c]).ToArray()));
                continue;
            }

            routes.AddRange(Repair(request, r.Clients, request.Types[r.VehicleType]));
        }

        var routed = routes.SelectMany(r => r.Item2).Select(s => s.Id).ToHashSet();
        var why = result.Unservable.ToDictionary(u => u.Client);
        var unrouted = request.Stops.Select((s, i) => (s, i)).Where(x => !routed.Contains(x.s.Id))
            .Select(x => why.TryGetValue(x.i, out var u) ? new UnroutedStop(x.s, u.Reason, u.Message) : new UnroutedStop(x.s, null, null)).ToArray();
        return (routes, unrouted);
    }

    /// <summary>Greedy cut of a stop sequence into feasible routes (load stop by stop, shift, opening hours), each on its cheapest fitting type.</summary>
    private IEnumerable<(VehicleType, IReadOnlyList<Site>)> Repair(RouteRequest request, IReadOnlyList<int> clients, VehicleType preferred)
    {
        var types = request.Types.OrderBy(t => t == preferred ? 0 : 1).ThenByDescending(t => t.CapacityKg).ToList();
        var current = new List<int>();
        foreach (var c in clients)
        {
            current.Add(c);
            if (current.Count > 1 && BestType(request, current, types) is null)
            {
                current.RemoveAt(current.Count - 1);
                var type = BestType(request, current, types) ?? preferred;
                yield return (type, current.Select(i => request.Stops[i]).ToArray());
                current = [c];
            }
        }

        if (current.Count > 0)
        {
            yield return (BestType(request, current, types) ?? preferred, current.Select(i => request.Stops[i]).ToArray());
        }
    }

    private VehicleType? BestType(RouteRequest request, List<int> route, List<VehicleType> types)
    {
        VehicleType? best = null;
        var bestCost = double.MaxValue;
        var ids = route.Select(i => request.Stops[i].Id).Distinct().ToArray();
        foreach (var type in types)
        {
            if (!LoadFits(request, route, type))
            {
                continue;
            }

            var timed = timer.Time(request.Depot.Id, ids, type, timer.StartFor(request.Depot.Id, ids, type, request.ShiftStart));
            if (!timed.FitsOpeningHours || timed.Duration > type.ShiftLength.TotalSeconds)
            {
                continue;
            }

            var cost = timed.Metres / 1000.0 * type.CostPerKm + timed.Duration / 3600.0 * type.CostPerHour;
            if (cost < bestCost)
            {
                best = type;
                bestCost = cost;
            }
        }

        return best;
    }

    private static bool LoadFits(RouteRequest request, List<int> route, VehicleType type) =>
        StopDemand.RouteFits(route.Select(i => request.Demand[i]), type);

    private static long Up(double x) => (long)Math.Ceiling(x - 1e-9);

    private static long Down(double x) => (long)Math.Floor(x + 1e-9);
}
