using Logistics.Routing.Problem;
using Logistics.Routing.Search;

namespace Logistics.Routing.Solutions;

/// <summary>
/// A set of routes with its cost and feasibility. Cost = fixed costs of used vehicles + distance and duration
/// costs + prizes of optional clients not visited.
/// </summary>
public sealed class Solution
{
    private Solution(IReadOnlyList<SolutionRoute> routes, IReadOnlyList<int> unvisited, long cost, bool fleetRespected, bool allRequiredVisited)
    {
        Routes = routes;
        Unvisited = unvisited;
        Cost = cost;
        FleetRespected = fleetRespected;
        AllRequiredVisited = allRequiredVisited;
    }

    /// <summary>Non-empty routes.</summary>
    public IReadOnlyList<SolutionRoute> Routes { get; }

    /// <summary>Clients (0-based) not visited.</summary>
    public IReadOnlyList<int> Unvisited { get; }

    public long Cost { get; }

    public long Distance => Routes.Sum(r => r.Distance);

    public int NumRoutes => Routes.Count;

    public bool FleetRespected { get; }

    public bool AllRequiredVisited { get; }

    public bool IsFeasible => FleetRespected && AllRequiredVisited && Routes.All(r => r.IsFeasible);

    /// <summary>Evaluates routes given as (vehicle type, clients in order). Empty routes are dropped.</summary>
    /// <exception cref="ArgumentException">A client index is out of range or visited twice, or a vehicle type does not exist.</exception>
    public static Solution Evaluate(ProblemData data, IEnumerable<(int VehicleType, IReadOnlyList<int> Clients)> routes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(routes);
        var acc = new RouteAccumulator(data);
        var visited = new bool[data.NumClients];
        var used = new int[data.VehicleTypes.Count];
        var result = new List<SolutionRoute>();
        long cost = 0;
        foreach (var (vt, clients) in routes)
        {
            if (clients.Count == 0)
            {
                continue;
            }

            if (vt < 0 || vt >= data.VehicleTypes.Count)
            {
                throw new ArgumentException($"Vehicle type {vt} does not exist.", nameof(routes));
            }

            var v = data.VehicleTypes[vt];
            used[vt]++;
            acc.Reset(v);
            foreach (int c in clients)
            {
                if (c < 0 || c >= data.NumClients)
                {
                    throw new ArgumentException($"Client {c} does not exist.", nameof(routes));
                }

                if (visited[c])
                {
                    throw new ArgumentException($"Client {c} is visited more than once.", nameof(routes));
                }

                visited[c] = true;
                acc.Add(data.LocationOfClient(c));
            }

            var s = acc.Stats();
            long routeCost = v.FixedCost + v.UnitDistanceCost * s.Distance + v.UnitDurationCost * s.Duration;
            cost += routeCost;
            result.Add(new SolutionRoute(vt, clients.ToArray(), s.Distance, s.Duration, s.TimeWarp, s.ExcessLoad, routeCost, s.IsFeasible(v)));
        }

        var unvisited = new List<int>();
        bool allRequired = true;
        for (int c = 0; c < data.NumClients; c++)
        {
            if (!visited[c])
            {
                unvisited.Add(c);
                if (data.Clients[c].Required)
                {
                    allRequired = false;
                }
                else
                {
                    cost += data.Clients[c].Prize;
                }
            }
        }

        bool fleet = true;
        for (int t = 0; t < used.Length; t++)
        {
            fleet &= used[t] <= data.VehicleTypes[t].Count;
        }

        return new Solution(result, unvisited, cost, fleet, allRequired);
    }
}
