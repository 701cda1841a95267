using Logistics.Routing.Problem;
using Logistics.Routing.Search;

namespace Logistics.Routing.Genetic;

/// <summary>
/// Splits a giant tour into routes by shortest path over the tour (Prins 2004), with the penalised cost of a
/// reference vehicle type, then assigns the routes to vehicle slots (heaviest routes first, each to the free slot
/// type where it is cheapest). Routes beyond the fleet are appended to the last used slots; local search repairs them.
/// </summary>
internal sealed class Split
{
    private readonly ProblemData _data;
    private readonly IReadOnlyList<int> _slotTypes;
    private readonly RouteAccumulator _acc;
    private readonly VehicleType _reference;

    public Split(ProblemData data, IReadOnlyList<int> slotTypes)
    {
        _data = data;
        _slotTypes = slotTypes;
        _acc = new RouteAccumulator(data);
        _reference = data.VehicleTypes
            .OrderByDescending(v => v.Capacity.Sum())
            .ThenBy(v => v.FixedCost)
            .First();
    }

    public int[][] Run(int[] tour, CostEvaluator cost)
    {
        int n = tour.Length;
        var best = new long[n + 1];
        var pred = new int[n + 1];
        Array.Fill(best, long.MaxValue);
        best[0] = 0;
        for (int i = 0; i < n; i++)
        {
            if (best[i] == long.MaxValue)
            {
                continue;
            }

            _acc.Reset(_reference);
            for (int j = i; j < n; j++)
            {
                _acc.Add(tour[j]);
                if (j > i && _acc.LoadAbove(1.5))
                {
                    break;
                }

                long c = best[i] + cost.RouteCost(_acc.Stats(), _reference);
                if (c < best[j + 1])
                {
                    best[j + 1] = c;
                    pred[j + 1] = i;
                }
            }
        }

        var routes = new List<int[]>();
        for (int j = n; j > 0; j = pred[j])
        {
            routes.Add(tour[pred[j]..j]);
        }

        routes.Reverse();
        return Assign(routes, cost);
    }

    /// <summary>Places routes into vehicle slots.</summary>
    public int[][] Assign(List<int[]> routes, CostEvaluator cost)
    {
        var slots = new List<int>[_slotTypes.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = [];
        }

        bool singleType = _data.VehicleTypes.Count == 1;
        var free = new bool[_slotTypes.Count];
        Array.Fill(free, true);
        var order = singleType
            ? routes
            : routes.OrderByDescending(r => r.Sum(loc => Load(loc))).ToList();
        int used = 0;
        foreach (var route in order)
        {
            int chosen = -1;
            if (singleType)
            {
                chosen = used < slots.Length ? used : -1;
            }
            else
            {
                long bestCost = long.MaxValue;
                var seenTypes = new HashSet<int>();
                for (int s = 0; s < slots.Length; s++)
                {
                    if (!free[s] || !seenTypes.Add(_slotTypes[s]))
                    {
                        continue;
                    }

                    var v = _data.VehicleTypes[_slotTypes[s]];
                    _acc.Reset(v);
                    foreach (int loc in route)
                    {
                        _acc.Add(loc);
                    }

                    long c = cost.RouteCost(_acc.Stats(), v);
                    if (c < bestCost)
                    {
                        bestCost = c;
                        chosen = s;
                    }
                }
            }

            if (chosen < 0)
            {
                // More routes than vehicles: append to the slot with the fewest clients.
                chosen = Enumerable.Range(0, slots.Length).MinBy(s => slots[s].Count);
            }
            else
            {
                free[chosen] = false;
                used++;
            }

            slots[chosen].AddRange(route);
        }

        return slots.Select(s => s.ToArray()).ToArray();
    }

    private long Load(int loc)
    {
        long total = 0;
        int dims = _data.Dimensions;
        for (int d = 0; d < dims; d++)
        {
            total += Math.Max(_data.Delivery[loc * dims + d], _data.Pickup[loc * dims + d]);
        }

        return total;
    }
}
