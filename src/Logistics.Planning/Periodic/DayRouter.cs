using Logistics.Routing.Problem;
using Logistics.Routing.Solver;
using EngineVehicle = Logistics.Routing.Problem.VehicleType;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Routes one day's customers with our routing engine (the same <see cref="RoutingSolver"/> the line planner's
/// <c>RouteSolver</c> calls): capacity, duration limit travel + service, at most <c>fleet</c> routes.
/// Routes the engine leaves over a limit are cut into pieces; null when that needs more than <c>fleet</c> routes or a
/// lone customer breaks a limit.
/// </summary>
internal sealed class DayRouter(PeriodicMatrix matrix, long? iterations)
{
    /// <param name="day">0-based day.</param>
    /// <param name="customers">0-based customer indices.</param>
    /// <param name="demandOverride">Per listed customer: demand and service to use instead of the day's (template routing).</param>
    public List<List<int>>? Route(int day, IReadOnlyList<int> customers, int? fleet, TimeSpan limit, int seed, CancellationToken cancellationToken, IReadOnlyList<(long Demand, long Service)>? demandOverride = null, long? maxDuration = null)
    {
        if (customers.Count == 0)
        {
            return [];
        }

        var b = new ProblemBuilder();
        b.AddDepot(new Depot("0"));
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            var (q, s) = demandOverride is null ? (matrix.Demand[c, day], matrix.Service[c, day]) : demandOverride[i];
            b.AddClient(new Client((c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), [q], [0], s, [TimeWindow.Unbounded]));
        }

        var n = customers.Count + 1;
        var distance = new long[n, n];
        var duration = new long[n, n];
        for (var i = 0; i < n; i++)
        {
            var li = i == 0 ? 0 : customers[i - 1] + 1;
            for (var j = 0; j < n; j++)
            {
                var lj = j == 0 ? 0 : customers[j - 1] + 1;
                distance[i, j] = matrix.Distance[li, lj];
                duration[i, j] = matrix.Time[li, lj];
            }
        }

        b.AddProfile(distance, duration);
        b.AddVehicleType(new EngineVehicle("v", fleet ?? customers.Count, [matrix.Capacity[day]], MaxDuration: maxDuration ?? matrix.MaxDuration[day]));
        var result = RoutingSolver.Solve(b.Build(), new SolverOptions { Seed = seed, TimeLimit = limit, MaxIterations = iterations }, cancellationToken: cancellationToken);
        var capacity = matrix.Capacity[day];
        var limitTime = maxDuration ?? matrix.MaxDuration[day];
        bool Fits(List<int> route)
        {
            long load = 0, time = 0;
            var prev = 0;
            foreach (var k in route)
            {
                var (q, s) = demandOverride is null ? (matrix.Demand[customers[k], day], matrix.Service[customers[k], day]) : demandOverride[k];
                load += q;
                time += matrix.Time[prev, customers[k] + 1] + s;
                prev = customers[k] + 1;
            }

            return load <= capacity && time + matrix.Time[prev, 0] <= limitTime;
        }

        // The engine's best may still break a limit when its time was short: cut such routes into pieces that keep them,
        // and give any client it left out a route of its own.
        var routes = new List<List<int>>();
        var seen = new bool[customers.Count];
        foreach (var r in result.Best.Routes.Where(r => r.Clients.Count > 0))
        {
            var current = new List<int>();
            foreach (var k in r.Clients)
            {
                seen[k] = true;
                current.Add(k);
                if (current.Count > 1 && !Fits(current))
                {
                    current.RemoveAt(current.Count - 1);
                    routes.Add(current);
                    current = [k];
                }
            }

            routes.Add(current);
        }

        routes.AddRange(Enumerable.Range(0, customers.Count).Where(k => !seen[k]).Select(k => new List<int> { k }));
        if (routes.Count > (fleet ?? int.MaxValue) || routes.Any(r => !Fits(r)))
        {
            return null;
        }

        return routes.Select(r => r.Select(k => customers[k]).ToList()).ToList();
    }
}
