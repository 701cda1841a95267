using Logistics.Routing.Problem;

namespace Logistics.Routing.Tests.TestSupport;

/// <summary>
/// Exact optimum of a tiny problem (at most 8 clients) by enumeration: the best order of every client subset for every
/// vehicle type, then an exact set partition over subsets respecting vehicle counts; optional clients may be skipped
/// for their prize. Costs come from <see cref="ReferenceEvaluator"/>.
/// </summary>
public static class BruteForce
{
    public static long? Optimum(ProblemData data)
    {
        int n = data.NumClients;
        if (n > 8)
        {
            throw new ArgumentException("Brute force is for at most 8 clients.");
        }

        int types = data.VehicleTypes.Count;
        var best = new long?[types, 1 << n];
        for (int t = 0; t < types; t++)
        {
            for (int mask = 1; mask < 1 << n; mask++)
            {
                var members = Enumerable.Range(0, n).Where(c => (mask & (1 << c)) != 0).ToArray();
                foreach (var perm in Permutations(members))
                {
                    var cost = ReferenceEvaluator.RouteCost(data, t, perm);
                    if (cost is not null && (best[t, mask] is null || cost < best[t, mask]))
                    {
                        best[t, mask] = cost;
                    }
                }
            }
        }

        var memo = new Dictionary<(int, string), long?>();
        var used = new int[types];
        return Solve(data, best, 0, used, memo);
    }

    private static long? Solve(ProblemData data, long?[,] best, int decided, int[] used, Dictionary<(int, string), long?> memo)
    {
        int n = data.NumClients;
        if (decided == (1 << n) - 1)
        {
            return 0;
        }

        var key = (decided, string.Join(',', used));
        if (memo.TryGetValue(key, out var cached))
        {
            return cached;
        }

        int c = Enumerable.Range(0, n).First(i => (decided & (1 << i)) == 0);
        long? result = null;
        if (!data.Clients[c].Required)
        {
            var rest = Solve(data, best, decided | (1 << c), used, memo);
            if (rest is not null)
            {
                result = rest + data.Clients[c].Prize;
            }
        }

        int free = ((1 << n) - 1) & ~decided;
        for (int sub = free; sub > 0; sub = (sub - 1) & free)
        {
            if ((sub & (1 << c)) == 0)
            {
                continue;
            }

            for (int t = 0; t < data.VehicleTypes.Count; t++)
            {
                if (used[t] >= data.VehicleTypes[t].Count || best[t, sub] is not { } routeCost)
                {
                    continue;
                }

                used[t]++;
                var rest = Solve(data, best, decided | sub, used, memo);
                used[t]--;
                if (rest is not null && (result is null || routeCost + rest < result))
                {
                    result = routeCost + rest;
                }
            }
        }

        memo[key] = result;
        return result;
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, k) => k != i).ToArray();
            foreach (var p in Permutations(rest))
            {
                yield return [items[i], .. p];
            }
        }
    }
}
