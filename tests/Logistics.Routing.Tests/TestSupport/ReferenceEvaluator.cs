using Logistics.Routing.Problem;

namespace Logistics.Routing.Tests.TestSupport;

/// <summary>
/// Independent, deliberately plain route evaluation used to check the solver: walks each route stop by stop,
/// tries every sensible departure time, and returns the true cost, or null when the route breaks a constraint.
/// It shares no code with the solver's segment arithmetic.
/// </summary>
public static class ReferenceEvaluator
{
    /// <summary>Cost of one route (fixed + distance + duration cost), or null when infeasible.</summary>
    public static long? RouteCost(ProblemData data, int vehicleType, IReadOnlyList<int> clients)
    {
        if (clients.Count == 0)
        {
            return 0;
        }

        var v = data.VehicleTypes[vehicleType];
        var stops = new List<int> { v.StartDepot };
        stops.AddRange(clients.Select(data.LocationOfClient));
        stops.Add(v.EndDepot);

        // Load: all deliveries on board at departure; each stop unloads its delivery and loads its pickup.
        for (int d = 0; d < data.Dimensions; d++)
        {
            long load = clients.Sum(c => data.Clients[c].Delivery[d]);
            if (load > v.Capacity[d])
            {
                return null;
            }

            foreach (int c in clients)
            {
                load += data.Clients[c].Pickup[d] - data.Clients[c].Delivery[d];
                if (load > v.Capacity[d])
                {
                    return null;
                }
            }
        }

        long distance = 0;
        for (int i = 0; i + 1 < stops.Count; i++)
        {
            distance += data.Distance(v.Profile, stops[i], stops[i + 1]);
        }

        if (distance > v.MaxDistance)
        {
            return null;
        }

        // Candidate departures: shift start, and each departure that arrives at a window opening without waiting before.
        var candidates = new List<long> { v.ShiftStart };
        long travel = 0;
        for (int i = 1; i + 1 < stops.Count; i++)
        {
            travel += data.Duration(v.Profile, stops[i - 1], stops[i]);
            foreach (var w in data.Clients[clients[i - 1]].TimeWindows)
            {
                candidates.Add(w.Early - travel);
                candidates.Add(w.Late - travel);
            }

            travel += data.Clients[clients[i - 1]].ServiceDuration;
        }

        candidates.Add(v.ShiftEnd - travel - data.Duration(v.Profile, stops[^2], stops[^1]));
        long? bestDuration = null;
        foreach (long departure in candidates.Where(c => c >= v.ShiftStart).Distinct())
        {
            long? end = Simulate(data, v, clients, stops, departure);
            if (end is not null)
            {
                long duration = end.Value - departure;
                if (bestDuration is null || duration < bestDuration)
                {
                    bestDuration = duration;
                }
            }
        }

        if (bestDuration is null || bestDuration > v.MaxDuration)
        {
            return null;
        }

        return v.FixedCost + v.UnitDistanceCost * distance + v.UnitDurationCost * bestDuration.Value;
    }

    private static long? Simulate(ProblemData data, VehicleType v, IReadOnlyList<int> clients, List<int> stops, long departure)
    {
        long t = departure;
        for (int i = 1; i + 1 < stops.Count; i++)
        {
            t += data.Duration(v.Profile, stops[i - 1], stops[i]);
            var client = data.Clients[clients[i - 1]];
            bool served = false;
            foreach (var w in client.TimeWindows)
            {
                if (t <= w.Late)
                {
                    t = Math.Max(t, w.Early);
                    served = true;
                    break;
                }
            }

            if (!served)
            {
                return null;
            }

            t += client.ServiceDuration;
        }

        t += data.Duration(v.Profile, stops[^2], stops[^1]);
        return t <= v.ShiftEnd ? t : null;
    }

    /// <summary>Total cost of a solution (routes + prizes of unvisited optional clients), or null when infeasible.</summary>
    public static long? SolutionCost(ProblemData data, IEnumerable<(int VehicleType, IReadOnlyList<int> Clients)> routes)
    {
        var visited = new HashSet<int>();
        var used = new int[data.VehicleTypes.Count];
        long total = 0;
        foreach (var (vt, clients) in routes)
        {
            if (clients.Count == 0)
            {
                continue;
            }

            used[vt]++;
            foreach (int c in clients)
            {
                if (!visited.Add(c))
                {
                    return null;
                }
            }

            var cost = RouteCost(data, vt, clients);
            if (cost is null)
            {
                return null;
            }

            total += cost.Value;
        }

        for (int t = 0; t < used.Length; t++)
        {
            if (used[t] > data.VehicleTypes[t].Count)
            {
                return null;
            }
        }

        for (int c = 0; c < data.NumClients; c++)
        {
            if (!visited.Contains(c))
            {
                if (data.Clients[c].Required)
                {
                    return null;
                }

                total += data.Clients[c].Prize;
            }
        }

        return total;
    }
}
