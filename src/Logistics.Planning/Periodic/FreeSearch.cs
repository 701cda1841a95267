using System.Diagnostics;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Free mode: each customer gets one of its allowed combinations (greedy: near customers already on those days, light
/// days first), every day is routed by the engine, then rounds of re-choosing combinations (a customer moves to the
/// combination whose cheapest feasible insertions minus its removal savings are lowest) and re-routing the changed days,
/// keeping a day's new routes only when they are cheaper. Customers on the depot are left out.
/// </summary>
internal sealed class FreeSearch(PeriodicMatrix matrix, PeriodicOptions options, Stopwatch clock, CancellationToken cancellationToken)
{
    private readonly PeriodicInstance _instance = matrix.Instance;
    private readonly DayRouter _router = new(matrix, options.EngineIterations);
    private readonly Random _random = new(options.Seed);

    /// <summary>Chosen combination mask per customer (0 for omitted).</summary>
    public int[] Masks { get; private set; } = [];

    /// <summary>Routes per day (0-based day), customers 0-based; null days could not be routed within the limits.</summary>
    public List<List<int>>?[] Days { get; private set; } = [];

    public List<int> Omitted { get; } = [];

    public void Run(TimeSpan budget)
    {
        var t = _instance.Days;
        Masks = InitialCombinations();
        Days = new List<List<int>>?[t];
        var first = budget * options.FirstRoutingShare;
        if (!Pooled(first))
        {
            for (var d = 0; d < t; d++)
            {
                var slice = (first - clock.Elapsed) / (t - d);
                Days[d] = _router.Route(d, Members(d), _instance.VehiclesPerDay, Max(slice), options.Seed + d, cancellationToken);
            }
        }

        var round = 0;
        var perturbed = new HashSet<int>();
        (int[] Masks, List<List<int>>?[] Days)? best = null;
        var bestCost = long.MaxValue;
        var perDay = first / t;
        while (clock.Elapsed < budget && !cancellationToken.IsCancellationRequested && round < (options.MaxRounds ?? int.MaxValue))
        {
            round++;

            // A day the engine could not fit in m routes within its short first slice is routed again first.
            var changed = Days.Any(x => x is null)
                ? Enumerable.Range(0, t).Where(d => Days[d] is null).ToHashSet()
                : Rechoose(budget);
            changed.UnionWith(perturbed);
            if (changed.Count == 0)
            {
                // Nothing to re-choose: spend the time re-routing the days with fresh seeds.
                changed = Enumerable.Range(0, t).ToHashSet();
            }

            var list = changed.Order().ToList();
            for (var k = 0; k < list.Count && clock.Elapsed < budget; k++)
            {
                var d = list[k];
                var slice = Min((budget - clock.Elapsed) / Math.Max(2, 2 * (list.Count - k)), perDay);
                var routed = _router.Route(d, Members(d), _instance.VehiclesPerDay, Max(slice), options.Seed + (round * t) + d, cancellationToken);
                if (routed is not null && (Days[d] is null || Cost(routed) < Cost(Days[d]!)))
                {
                    Days[d] = routed;
                }
            }

            // Iterated local search over the combinations: keep the best, restart from it with a few customers' days
            // re-chosen at random.
            if (Days.All(x => x is not null))
            {
                var cost = Days.Sum(x => Cost(x!));
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = Snapshot();
                }
                else if (best is { } b)
                {
                    Restore(b);
                }

                perturbed = Perturb();
            }
        }

        if (best is { } final)
        {
            Restore(final);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private (int[] Masks, List<List<int>>?[] Days) Snapshot() =>
        ((int[])Masks.Clone(), Days.Select(d => d?.Select(r => r.ToList()).ToList()).ToArray());

    private void Restore((int[] Masks, List<List<int>>?[] Days) snapshot)
    {
        Masks = (int[])snapshot.Masks.Clone();
        Days = snapshot.Days.Select(d => d?.Select(r => r.ToList()).ToList()).ToArray();
    }

    /// <summary>Moves 1…max(2, n/10) customers with several combinations, near a random one, to a random other feasible combination; returns the days touched.</summary>
    private HashSet<int> Perturb()
    {
        var touched = new HashSet<int>();
        var flexible = Enumerable.Range(0, Masks.Length).Where(c => Masks[c] != 0 && _instance.Customers[c].Combinations.Count > 1).ToList();
        if (flexible.Count == 0)
        {
            return touched;
        }

        var seed = flexible[_random.Next(flexible.Count)];
        var count = _random.Next(1, Math.Max(2, flexible.Count / 10) + 1);
        foreach (var c in flexible.OrderBy(c => matrix.Distance[seed + 1, c + 1]).Take(count))
        {
            var others = _instance.Customers[c].Combinations.Where(m => m != Masks[c]).ToList();
            var target = others[_random.Next(others.Count)];
            Apply(c, target, touched);
        }

        return touched;
    }

    /// <summary>Moves customer c to combination <paramref name="mask"/> by removal and cheapest feasible insertion; false (nothing changed) when a new day has no feasible place.</summary>
    private bool Apply(int c, int mask, HashSet<int> touched)
    {
        var current = Masks[c];
        foreach (var day in DayMask.Days(mask & ~current))
        {
            if (BestInsertion(day - 1, c).Route < -1)
            {
                return false;
            }
        }

        foreach (var day in DayMask.Days(current & ~mask))
        {
            var routes = Days[day - 1]!;
            var r = routes.First(x => x.Contains(c));
            r.Remove(c);
            if (r.Count == 0)
            {
                routes.Remove(r);
            }

            touched.Add(day - 1);
        }

        foreach (var day in DayMask.Days(mask & ~current))
        {
            var (route, pos, _) = BestInsertion(day - 1, c);
            if (route == -1)
            {
                Days[day - 1]!.Add([c]);
            }
            else
            {
                Days[day - 1]![route].Insert(pos, c);
            }

            touched.Add(day - 1);
        }

        Masks[c] = mask;
        return true;
    }

    /// <summary>
    /// When every customer is visited once and all days have the same capacity and duration limit, the instance is a
    /// CVRP with m·t routes whose routes are then put on days: route all customers at once and give each route a day that
    /// all its customers allow (fewest choices first, the day with fewest routes). False (nothing changed) when a route
    /// finds no day.
    /// </summary>
    private bool Pooled(TimeSpan first)
    {
        var t = _instance.Days;
        var customers = Enumerable.Range(0, Masks.Length).Where(c => Masks[c] != 0).ToList();
        if (customers.Any(c => _instance.Customers[c].Visits != 1)
            || matrix.Capacity.Distinct().Count() != 1 || matrix.MaxDuration.Distinct().Count() != 1
            || Enumerable.Range(0, Masks.Length).Any(c => Enumerable.Range(0, t).Any(d => matrix.Demand[c, d] != matrix.Demand[c, 0] || matrix.Service[c, d] != matrix.Service[c, 0])))
        {
            return false;
        }

        var fleet = _instance.VehiclesPerDay is { } m ? m * t : (int?)null;
        var routes = _router.Route(0, customers, fleet, Max(first - clock.Elapsed), options.Seed, cancellationToken);
        if (routes is null)
        {
            return false;
        }

        var allowed = routes.Select(r => r.Aggregate(-1, (acc, c) => acc & _instance.Customers[c].Combinations.Aggregate(0, (u, x) => u | x))).ToList();
        var days = Enumerable.Range(0, t).Select(_ => new List<List<int>>()).ToArray();
        foreach (var k in Enumerable.Range(0, routes.Count).OrderBy(k => DayMask.Count(allowed[k])).ThenBy(k => k))
        {
            var day = DayMask.Days(allowed[k])
                .Where(d => d <= t && days[d - 1].Count < (_instance.VehiclesPerDay ?? int.MaxValue))
                .OrderBy(d => days[d - 1].Count).ThenBy(d => d)
                .FirstOrDefault();
            if (day == 0)
            {
                return false;
            }

            days[day - 1].Add(routes[k]);
        }

        for (var d = 0; d < t; d++)
        {
            Days[d] = days[d];
            foreach (var c in days[d].SelectMany(r => r))
            {
                Masks[c] = 1 << d;
            }
        }

        return true;
    }

    private static TimeSpan Max(TimeSpan slice) => slice < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : slice;

    private long Cost(List<List<int>> routes) => routes.Sum(matrix.RouteDistance);

    private List<int> Members(int day)
    {
        var list = new List<int>();
        for (var c = 0; c < Masks.Length; c++)
        {
            if ((Masks[c] & (1 << day)) != 0)
            {
                list.Add(c);
            }
        }

        return list;
    }

    private int[] InitialCombinations()
    {
        var n = matrix.Customers;
        var t = _instance.Days;
        var masks = new int[n];
        var load = new long[t];
        var members = Enumerable.Range(0, t).Select(_ => new List<int>()).ToArray();
        var dayCapacity = Enumerable.Range(0, t).Select(d => matrix.Capacity[d] * (_instance.VehiclesPerDay ?? n)).ToArray();
        var meanDepot = Enumerable.Range(0, n).Average(c => (double)matrix.Distance[0, c + 1]);
        var order = Enumerable.Range(0, n)
            .Where(c => (!_instance.IsOnDepot(c) || _instance.Kind == PeriodicKind.ConVrp) && _instance.Customers[c].Combinations.Count > 0)
            .OrderBy(c => _instance.Customers[c].Combinations.Count)
            .ThenByDescending(c => matrix.Demand[c, 0] * _instance.Customers[c].Visits)
            .ThenBy(c => c)
            .ToList();
        for (var c = 0; c < n; c++)
        {
            if (_instance.IsOnDepot(c) && _instance.Kind == PeriodicKind.Pvrp)
            {
                Omitted.Add(c);
            }
        }

        foreach (var c in order)
        {
            var best = -1;
            var bestScore = double.MaxValue;
            foreach (var mask in _instance.Customers[c].Combinations)
            {
                double score = 0;
                foreach (var day in DayMask.Days(mask))
                {
                    var d = day - 1;
                    var q = matrix.Demand[c, d];
                    var near = (double)matrix.Distance[0, c + 1];
                    foreach (var o in members[d])
                    {
                        near = Math.Min(near, matrix.Distance[o + 1, c + 1]);
                    }

                    score += near + (meanDepot * (load[d] + q) / dayCapacity[d]);
                    if (load[d] + q > dayCapacity[d])
                    {
                        score += 1e12;
                    }
                }

                if (score < bestScore)
                {
                    bestScore = score;
                    best = mask;
                }
            }

            masks[c] = best;
            foreach (var day in DayMask.Days(best))
            {
                load[day - 1] += matrix.Demand[c, day - 1];
                members[day - 1].Add(c);
            }
        }

        return masks;
    }

    /// <summary>Passes of combination re-choice on the current routes; returns the days whose routes changed.</summary>
    private HashSet<int> Rechoose(TimeSpan budget)
    {
        var changed = new HashSet<int>();
        var improved = true;
        while (improved && clock.Elapsed < budget)
        {
            improved = false;
            var order = Enumerable.Range(0, Masks.Length).Where(c => Masks[c] != 0 && _instance.Customers[c].Combinations.Count > 1).ToArray();
            _random.Shuffle(order);
            foreach (var c in order)
            {
                if (TryMove(c, changed))
                {
                    improved = true;
                }
            }

            foreach (var c in order)
            {
                foreach (var o in order)
                {
                    if (clock.Elapsed >= budget)
                    {
                        return changed;
                    }

                    if (c < o && TrySwap(c, o, changed))
                    {
                        improved = true;
                    }
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// Two customers trade combinations, each taking the other's place in its routes on the days that differ (the move a
    /// single re-choice cannot make when every day is full).
    /// </summary>
    private bool TrySwap(int a, int b, HashSet<int> changed)
    {
        var ma = Masks[a];
        var mb = Masks[b];
        if (ma == mb || !_instance.Customers[a].Combinations.Contains(mb) || !_instance.Customers[b].Combinations.Contains(ma))
        {
            return false;
        }

        long delta = 0;
        foreach (var day in DayMask.Days(ma ^ mb))
        {
            var d = day - 1;
            var (leaving, coming) = DayMask.Has(ma, day) ? (a, b) : (b, a);
            var r = Days[d]!.First(x => x.Contains(leaving));
            var i = r.IndexOf(leaving);
            r[i] = coming;
            var fits = matrix.Fits(r, d);
            var prev = i == 0 ? 0 : r[i - 1] + 1;
            var next = i == r.Count - 1 ? 0 : r[i + 1] + 1;
            r[i] = leaving;
            if (!fits)
            {
                return false;
            }

            delta += matrix.Distance[prev, coming + 1] + matrix.Distance[coming + 1, next] - matrix.Distance[prev, leaving + 1] - matrix.Distance[leaving + 1, next];
        }

        if (delta >= 0)
        {
            return false;
        }

        foreach (var day in DayMask.Days(ma ^ mb))
        {
            var (leaving, coming) = DayMask.Has(ma, day) ? (a, b) : (b, a);
            var r = Days[day - 1]!.First(x => x.Contains(leaving));
            r[r.IndexOf(leaving)] = coming;
            changed.Add(day - 1);
        }

        (Masks[a], Masks[b]) = (mb, ma);
        return true;
    }

    private bool TryMove(int c, HashSet<int> changed)
    {
        var current = Masks[c];
        var bestDelta = -1L;
        var bestMask = 0;
        foreach (var mask in _instance.Customers[c].Combinations)
        {
            if (mask == current)
            {
                continue;
            }

            long delta = 0;
            var feasible = true;
            foreach (var day in DayMask.Days(current & ~mask))
            {
                delta -= RemovalGain(day - 1, c);
            }

            foreach (var day in DayMask.Days(mask & ~current))
            {
                var ins = BestInsertion(day - 1, c);
                if (ins.Route < -1)
                {
                    feasible = false;
                    break;
                }

                delta += ins.Cost;
            }

            if (feasible && delta < bestDelta)
            {
                bestDelta = delta;
                bestMask = mask;
            }
        }

        return bestMask != 0 && Apply(c, bestMask, changed);
    }

    private long RemovalGain(int day, int c)
    {
        foreach (var r in Days[day]!)
        {
            var i = r.IndexOf(c);
            if (i < 0)
            {
                continue;
            }

            var prev = i == 0 ? 0 : r[i - 1] + 1;
            var next = i == r.Count - 1 ? 0 : r[i + 1] + 1;
            return matrix.Distance[prev, c + 1] + matrix.Distance[c + 1, next] - matrix.Distance[prev, next];
        }

        return 0;
    }

    /// <summary>Cheapest feasible insertion of c on a day: route index (−1 = a new route, −2 = none), position, added distance.</summary>
    private (int Route, int Pos, long Cost) BestInsertion(int day, int c)
    {
        var routes = Days[day]!;
        var best = (Route: -2, Pos: 0, Cost: long.MaxValue);
        for (var ri = 0; ri < routes.Count; ri++)
        {
            var r = routes[ri];
            if (matrix.RouteLoad(r, day) + matrix.Demand[c, day] > matrix.Capacity[day])
            {
                continue;
            }

            var duration = matrix.RouteDuration(r, day);
            for (var p = 0; p <= r.Count; p++)
            {
                var prev = p == 0 ? 0 : r[p - 1] + 1;
                var next = p == r.Count ? 0 : r[p] + 1;
                var added = matrix.Distance[prev, c + 1] + matrix.Distance[c + 1, next] - matrix.Distance[prev, next];
                var addedTime = matrix.Time[prev, c + 1] + matrix.Time[c + 1, next] - matrix.Time[prev, next] + matrix.Service[c, day];
                if (added < best.Cost && duration + addedTime <= matrix.MaxDuration[day])
                {
                    best = (ri, p, added);
                }
            }
        }

        if (routes.Count < (_instance.VehiclesPerDay ?? int.MaxValue) && matrix.Fits([c], day))
        {
            var alone = 2 * matrix.Distance[0, c + 1];
            if (alone < best.Cost)
            {
                best = (-1, 0, alone);
            }
        }

        return best;
    }
}
