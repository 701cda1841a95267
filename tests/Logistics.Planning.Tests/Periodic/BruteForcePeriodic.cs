using Logistics.Planning.Periodic;

namespace Logistics.Planning.Tests.Periodic;

/// <summary>
/// Optimal answers of tiny periodic instances by plain enumeration, written apart from the solver (double-precision
/// Euclidean, no shared helpers): every combination choice and every split of each day into at most m ordered routes
/// (free mode), or every set of template routes with every order (consistent mode: one vehicle and one order per
/// customer, days filtered from the template, spread ≤ L).
/// </summary>
internal static class BruteForcePeriodic
{
    public static double FreeOptimum(PeriodicInstance inst)
    {
        var n = inst.Customers.Count;
        var choice = new int[n];
        var best = double.PositiveInfinity;
        void Choose(int k)
        {
            if (k == n)
            {
                double total = 0;
                for (var d = 1; d <= inst.Days && total < best; d++)
                {
                    var members = Enumerable.Range(0, n).Where(c => (choice[c] & (1 << (d - 1))) != 0).ToList();
                    total += BestDay(inst, d, members, inst.VehiclesPerDay ?? members.Count);
                }

                best = Math.Min(best, total);
                return;
            }

            foreach (var mask in inst.Customers[k].Combinations)
            {
                choice[k] = mask;
                Choose(k + 1);
            }
        }

        Choose(0);
        return best;
    }

    public static double ConsistentOptimum(PeriodicInstance inst, double limit) =>
        BestSplit(Enumerable.Range(0, inst.Customers.Count).ToList(), inst.VehiclesPerDay ?? inst.Customers.Count, order => TemplateCost(inst, order, limit));

    /// <summary>The cheapest split of <paramref name="items"/> into at most <paramref name="maxBlocks"/> blocks, each in its cheapest order.</summary>
    private static double BestSplit(List<int> items, int maxBlocks, Func<List<int>, double> orderedCost)
    {
        var best = double.PositiveInfinity;
        foreach (var blocks in Partitions(items))
        {
            if (blocks.Count > maxBlocks)
            {
                continue;
            }

            double total = 0;
            foreach (var block in blocks)
            {
                total += Permutations(block).Min(orderedCost);
            }

            best = Math.Min(best, total);
        }

        return best;
    }

    private static double TemplateCost(PeriodicInstance inst, List<int> order, double limit)
    {
        double total = 0;
        var first = new double[order.Count];
        var last = new double[order.Count];
        Array.Fill(first, double.PositiveInfinity);
        Array.Fill(last, double.NegativeInfinity);
        for (var d = 1; d <= inst.Days; d++)
        {
            double x = inst.DepotX, y = inst.DepotY, time = 0, load = 0;
            var any = false;
            for (var i = 0; i < order.Count; i++)
            {
                var c = inst.Customers[order[i]];
                if ((c.Combinations[0] & (1 << (d - 1))) == 0)
                {
                    continue;
                }

                any = true;
                time += Math.Sqrt(((c.X - x) * (c.X - x)) + ((c.Y - y) * (c.Y - y)));
                first[i] = Math.Min(first[i], time);
                last[i] = Math.Max(last[i], time);
                time += c.Service[d - 1];
                load += c.Demand[d - 1];
                (x, y) = (c.X, c.Y);
            }

            if (!any)
            {
                continue;
            }

            time += Math.Sqrt(((inst.DepotX - x) * (inst.DepotX - x)) + ((inst.DepotY - y) * (inst.DepotY - y)));
            if (load > inst.Capacity[d - 1] || time > inst.MaxDuration[d - 1])
            {
                return double.PositiveInfinity;
            }

            total += time - order.Where(c => (inst.Customers[c].Combinations[0] & (1 << (d - 1))) != 0).Sum(c => inst.Customers[c].Service[d - 1]);
        }

        for (var i = 0; i < order.Count; i++)
        {
            if (last[i] - first[i] > limit)
            {
                return double.PositiveInfinity;
            }
        }

        return total;
    }

    private static double BestDay(PeriodicInstance inst, int day, List<int> members, int routes) =>
        BestSplit(members, routes, order => RouteTravel(inst, day, order));

    private static double RouteTravel(PeriodicInstance inst, int day, List<int> order)
    {
        double x = inst.DepotX, y = inst.DepotY, travel = 0, service = 0, load = 0;
        foreach (var k in order)
        {
            var c = inst.Customers[k];
            travel += Math.Sqrt(((c.X - x) * (c.X - x)) + ((c.Y - y) * (c.Y - y)));
            service += c.Service[day - 1];
            load += c.Demand[day - 1];
            (x, y) = (c.X, c.Y);
        }

        travel += Math.Sqrt(((inst.DepotX - x) * (inst.DepotX - x)) + ((inst.DepotY - y) * (inst.DepotY - y)));
        return load > inst.Capacity[day - 1] || travel + service > inst.MaxDuration[day - 1] ? double.PositiveInfinity : travel;
    }

    private static IEnumerable<List<List<int>>> Partitions(List<int> items)
    {
        if (items.Count == 0)
        {
            yield return [];
            yield break;
        }

        var head = items[0];
        foreach (var rest in Partitions(items.Skip(1).ToList()))
        {
            for (var i = 0; i < rest.Count; i++)
            {
                var copy = rest.Select(b => b.ToList()).ToList();
                copy[i].Insert(0, head);
                yield return copy;
            }

            var alone = rest.Select(b => b.ToList()).ToList();
            alone.Add([head]);
            yield return alone;
        }
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1)
        {
            yield return items.ToList();
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, k) => k != i).ToList();
            foreach (var p in Permutations(rest))
            {
                p.Insert(0, items[i]);
                yield return p;
            }
        }
    }
}
