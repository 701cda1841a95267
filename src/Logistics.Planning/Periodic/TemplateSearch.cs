using System.Diagnostics;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Consistent mode: one template route per vehicle; on each day the vehicle visits the template's customers present that
/// day in template order, leaving at 0 without waiting. Start: the engine routes all customers once with their largest
/// daily demand and service (so every day's sub-route keeps capacity and duration); a template whose customers' arrival
/// spread exceeds L is cut before the first such customer until all are within L. Then local search on the true cost
/// (travel summed over the days): relocation of a customer to any template and position (or a new template), 2-opt
/// inside a template, and random ruin-and-recreate restarts (1…max(3, n/5) customers, near a random one or at random; threshold acceptance 1 %), every move checked for capacity, duration and spread on
/// every day.
/// </summary>
internal sealed class TemplateSearch(PeriodicMatrix matrix, int[] masks, double? arrivalLimit, PeriodicOptions options, Stopwatch clock, CancellationToken cancellationToken)
{
    private readonly PeriodicInstance _instance = matrix.Instance;
    private readonly Random _random = new(options.Seed);
    private readonly long _limit = arrivalLimit is { } l ? (long)Math.Floor(l * PeriodicMatrix.Scale + 1e-6) : long.MaxValue / 4;
    private readonly int _fleet = matrix.Instance.VehiclesPerDay ?? int.MaxValue;

    public List<List<int>> Templates { get; private set; } = [];

    /// <summary>Whether the templates keep every limit on every day.</summary>
    public bool Feasible => Templates.All(t => Evaluate(t).Feasible) && Templates.Count <= _fleet;

    public void Run(TimeSpan budget)
    {
        var customers = Enumerable.Range(0, masks.Length).Where(c => masks[c] != 0).ToList();
        var over = customers.Select(c => (Days(c).Max(d => matrix.Demand[c, d]), Days(c).Max(d => matrix.Service[c, d]))).ToList();
        var first = budget * options.FirstRoutingShare;
        var routed = new DayRouter(matrix, options.EngineIterations).Route(0, customers, _instance.VehiclesPerDay, first - clock.Elapsed, options.Seed, cancellationToken, over, matrix.MaxDuration.Min())
            ?? customers.Select(c => new List<int> { c }).ToList();
        Templates = routed.SelectMany(SplitForSpread).ToList();
        Improve(budget);
        var best = Copy(Templates);
        var bestCost = Feasible ? TotalCost(best) : long.MaxValue;
        var current = Copy(Templates);
        var currentCost = bestCost;
        for (var round = 0; clock.Elapsed < budget && !cancellationToken.IsCancellationRequested && round < (options.MaxRounds ?? int.MaxValue); round++)
        {
            Ruin(_random.Next(1, Math.Min(customers.Count, Math.Max(3, customers.Count / 5)) + 1));
            Improve(budget);
            var cost = TotalCost(Templates);
            if (!Feasible)
            {
                Templates = Copy(current);
                continue;
            }

            if (cost < bestCost)
            {
                best = Copy(Templates);
                bestCost = cost;
            }

            // Threshold acceptance: a restart point up to 1 % worse than the current one is kept, so the search can
            // leave a local optimum (tight L leaves many); otherwise back to the current point.
            if (cost <= currentCost + (currentCost / 100))
            {
                current = Copy(Templates);
                currentCost = cost;
            }
            else
            {
                Templates = Copy(current);
            }
        }

        Templates = best;
    }

    private static List<List<int>> Copy(List<List<int>> t) => t.Select(r => r.ToList()).ToList();

    private long TotalCost(List<List<int>> templates) => templates.Sum(t => Evaluate(t).Cost);

    private IEnumerable<int> Days(int c) => DayMask.Days(masks[c]).Select(d => d - 1);

    /// <summary>Cost (travel over all days) of a template and whether it keeps capacity, duration and spread every day.</summary>
    public (long Cost, bool Feasible) Evaluate(IReadOnlyList<int> template)
    {
        if (template.Count == 0)
        {
            return (0, true);
        }

        long cost = 0;
        var feasible = true;
        Span<long> first = template.Count <= 512 ? stackalloc long[template.Count] : new long[template.Count];
        Span<long> last = template.Count <= 512 ? stackalloc long[template.Count] : new long[template.Count];
        first.Fill(long.MaxValue);
        last.Fill(long.MinValue);
        for (var d = 0; d < _instance.Days; d++)
        {
            var prev = 0;
            long time = 0, load = 0;
            var any = false;
            for (var i = 0; i < template.Count; i++)
            {
                var c = template[i];
                if ((masks[c] & (1 << d)) == 0)
                {
                    continue;
                }

                any = true;
                cost += matrix.Distance[prev, c + 1];
                time += matrix.Time[prev, c + 1];
                first[i] = Math.Min(first[i], time);
                last[i] = Math.Max(last[i], time);
                time += matrix.Service[c, d];
                load += matrix.Demand[c, d];
                prev = c + 1;
            }

            if (!any)
            {
                continue;
            }

            cost += matrix.Distance[prev, 0];
            time += matrix.Time[prev, 0];
            if (load > matrix.Capacity[d] || time > matrix.MaxDuration[d])
            {
                feasible = false;
            }
        }

        for (var i = 0; i < template.Count && feasible; i++)
        {
            if (last[i] - first[i] > _limit)
            {
                feasible = false;
            }
        }

        return (cost, feasible);
    }

    /// <summary>Cuts a template before the first customer whose arrival spread exceeds L, repeatedly (a lone customer always has spread 0).</summary>
    private IEnumerable<List<int>> SplitForSpread(List<int> template)
    {
        var rest = template;
        while (rest.Count > 0)
        {
            var cut = rest.Count;
            for (var len = 2; len <= rest.Count; len++)
            {
                if (!Evaluate(rest.Take(len).ToList()).Feasible)
                {
                    cut = len - 1;
                    break;
                }
            }

            yield return rest.Take(cut).ToList();
            rest = rest.Skip(cut).ToList();
        }
    }

    private void Improve(TimeSpan budget)
    {
        var improved = true;
        while (improved && clock.Elapsed < budget && !cancellationToken.IsCancellationRequested)
        {
            improved = false;
            var order = Templates.SelectMany(t => t).ToArray();
            _random.Shuffle(order);
            foreach (var c in order)
            {
                improved |= Relocate(c);
            }

            for (var k = 0; k < Templates.Count; k++)
            {
                improved |= TwoOpt(Templates[k]);
            }

            Templates.RemoveAll(t => t.Count == 0);
        }
    }

    private bool Relocate(int c)
    {
        var a = Templates.FindIndex(t => t.Contains(c));
        var from = Templates[a];
        var before = Evaluate(from).Cost;
        var without = from.Where(x => x != c).ToList();
        var (withoutCost, withoutOk) = Evaluate(without);
        if (!withoutOk)
        {
            return false;
        }

        var gain = before - withoutCost;
        var best = (Template: -1, Pos: 0, Delta: 0L);
        var trial = new List<int>(64);
        for (var b = 0; b <= Templates.Count; b++)
        {
            if (b == Templates.Count && Templates.Count >= _fleet)
            {
                break;
            }

            var target = b == a ? without : b == Templates.Count ? [] : Templates[b];
            var baseCost = b == a ? withoutCost : b == Templates.Count ? 0 : Evaluate(target).Cost;
            for (var p = 0; p <= target.Count; p++)
            {
                trial.Clear();
                trial.AddRange(target);
                trial.Insert(p, c);
                var (cost, ok) = Evaluate(trial);
                var delta = cost - baseCost - gain;
                if (ok && delta < best.Delta)
                {
                    best = (b, p, delta);
                }
            }
        }

        if (best.Template < 0)
        {
            return false;
        }

        if (best.Template == a)
        {
            without.Insert(best.Pos, c);
            Templates[a] = without;
            return true;
        }

        Templates[a] = without;
        if (best.Template == Templates.Count)
        {
            Templates.Add([c]);
        }
        else
        {
            Templates[best.Template].Insert(best.Pos, c);
        }

        return true;
    }

    private bool TwoOpt(List<int> template)
    {
        var any = false;
        var current = Evaluate(template).Cost;
        for (var i = 0; i < template.Count - 1; i++)
        {
            for (var j = i + 1; j < template.Count; j++)
            {
                template.Reverse(i, j - i + 1);
                var (cost, ok) = Evaluate(template);
                if (ok && cost < current)
                {
                    current = cost;
                    any = true;
                }
                else
                {
                    template.Reverse(i, j - i + 1);
                }
            }
        }

        return any;
    }

    /// <summary>Removes <paramref name="count"/> customers near a random one and puts each back at its cheapest feasible place.</summary>
    private void Ruin(int count)
    {
        var all = Templates.SelectMany(t => t).ToList();
        var seed = all[_random.Next(all.Count)];
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));

        // Half the time the customers nearest a random one, else random customers.
        var removed = (_random.Next(2) == 0 ? all.OrderBy(c => matrix.Distance[seed + 1, c + 1]) : all.AsEnumerable()).Take(count).ToList();
        foreach (var t in Templates)
        {
            t.RemoveAll(removed.Contains);
        }

        Templates.RemoveAll(t => t.Count == 0);
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(removed));
        foreach (var c in removed)
        {
            var best = (Template: -1, Pos: 0, Delta: long.MaxValue);
            var trial = new List<int>(64);
            for (var b = 0; b < Templates.Count; b++)
            {
                var baseCost = Evaluate(Templates[b]).Cost;
                for (var p = 0; p <= Templates[b].Count; p++)
                {
                    trial.Clear();
                    trial.AddRange(Templates[b]);
                    trial.Insert(p, c);
                    var (cost, ok) = Evaluate(trial);
                    if (ok && cost - baseCost < best.Delta)
                    {
                        best = (b, p, cost - baseCost);
                    }
                }
            }

            if (best.Template < 0 || (Templates.Count < _fleet && Evaluate([c]).Cost < best.Delta))
            {
                Templates.Add([c]);
            }
            else
            {
                Templates[best.Template].Insert(best.Pos, c);
            }
        }
    }
}
