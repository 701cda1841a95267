using Logistics.Routing.Problem;
using Logistics.Routing.Solver;
using EngineVehicle = Logistics.Routing.Problem.VehicleType;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Routes one day's customers with our routing engine (the same <see cref="RoutingSolver"/> the line planner's
/// <c>RouteSolver</c> calls): capacity, duration limit travel + service, at most <c>fleet</c> routes.
/// Returns null when the engine finds no solution that keeps every limit.
/// </summary>
internal sealed class DayRouter(PeriodicMatrix matrix)
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
        var result = RoutingSolver.Solve(b.Build(), new SolverOptions { Seed = seed, TimeLimit = limit }, cancellationToken: cancellationToken);
        if (!result.Best.IsFeasible)
        {
            return null;
        }

        return result.Best.Routes.Where(r => r.Clients.Count > 0).Select(r => r.Clients.Select(k => customers[k]).ToList()).ToList();
    }
}
