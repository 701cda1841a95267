namespace Logistics.Spatial.Siting;

/// <summary>
/// Set cover: fewest new facilities so that every demand point is covered. Relaxation of Σ_{j covers i} y_j ≥ 1
/// with λ_i ≥ 0 (Beasley 1990): L(λ) = Σ_i λ_i + Σ_j y_j (f_j − Σ_{i covered by j} λ_i), f_j = 1 for new and 0 for
/// existing facilities. Primal side: greedy completion, redundancy removal, and swaps to cheaper facilities when
/// the budget is exceeded.
/// </summary>
internal sealed class SetCoverModel : SitingModel
{
    private readonly CoverageIndex _cover;
    private readonly int[] _count;
    private readonly double _meanCost;

    public SetCoverModel(SitingProblem problem)
        : base(problem)
    {
        _cover = new CoverageIndex(problem);
        _count = new int[N];
        _meanCost = Math.Max(1e-9, Enumerable.Range(0, M).Average(j => (double)problem.OpeningCost(j)));
    }

    public override bool NonNegativeMultipliers => true;

    public override CardinalityRule Rule => CardinalityRule.Unlimited;

    public override SitingInfeasibility? CheckFeasibility()
    {
        for (int i = 0; i < N; i++)
        {
            if (_cover.ByDemand[i].Length == 0)
            {
                return new SitingInfeasibility("demand-not-coverable",
                    $"demand '{Problem.DemandNames[i]}' has no candidate within the coverage radius {Problem.CoverageRadius}");
            }
        }

        return null;
    }

    public override bool CanComplete(ReadOnlySpan<sbyte> state)
    {
        for (int i = 0; i < N; i++)
        {
            bool any = false;
            foreach (int j in _cover.ByDemand[i])
            {
                if (state[j] >= 0)
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    public override void InitialMultipliers(bool[]? incumbent, Span<double> lambda)
    {
        for (int i = 0; i < N; i++)
        {
            int k = _cover.ByDemand[i].Length;
            lambda[i] = k > 0 ? 1.0 / k : 0;
        }
    }

    public override double ReducedCosts(ReadOnlySpan<double> lambda, Span<double> reducedCosts)
    {
        double constant = 0;
        for (int i = 0; i < N; i++)
        {
            constant += lambda[i];
        }

        for (int j = 0; j < M; j++)
        {
            double sum = Problem.IsExisting(j) ? 0 : 1;
            foreach (int i in _cover.ByCandidate[j])
            {
                sum -= lambda[i];
            }

            reducedCosts[j] = sum;
        }

        return constant;
    }

    public override void Subgradient(ReadOnlySpan<double> lambda, IReadOnlyList<int> open, Span<double> subgradient)
    {
        subgradient[..N].Fill(1);
        foreach (int j in open)
        {
            foreach (int i in _cover.ByCandidate[j])
            {
                subgradient[i] -= 1;
            }
        }
    }

    public override long? Evaluate(IReadOnlyList<int> open)
    {
        Array.Clear(_count);
        long newCount = 0;
        foreach (int j in open)
        {
            if (!Problem.IsExisting(j))
            {
                newCount++;
            }

            foreach (int i in _cover.ByCandidate[j])
            {
                _count[i]++;
            }
        }

        return _count.AsSpan().Contains(0) ? null : newCount;
    }

    public override long? Improve(bool[] open)
    {
        OpenExisting(open);
        Array.Clear(_count);
        for (int j = 0; j < M; j++)
        {
            if (open[j])
            {
                Mark(j, +1);
            }
        }

        bool weighCost = Problem.Budget is not null;
        while (true)
        {
            int add = -1;
            double addScore = 0;
            for (int f = 0; f < M; f++)
            {
                if (open[f])
                {
                    continue;
                }

                int fresh = 0;
                foreach (int i in _cover.ByCandidate[f])
                {
                    if (_count[i] == 0)
                    {
                        fresh++;
                    }
                }

                double score = weighCost ? fresh / (1 + (NewCost(f) / _meanCost)) : fresh;
                if (fresh > 0 && score > addScore)
                {
                    addScore = score;
                    add = f;
                }
            }

            if (add < 0)
            {
                break;
            }

            open[add] = true;
            Mark(add, +1);
        }

        if (_count.AsSpan().Contains(0))
        {
            return null;
        }

        RemoveRedundant(open);
        long slack = BudgetSlack(open);
        if (slack < 0)
        {
            slack = SwapToCheaper(open, slack);
        }

        return slack < 0 ? null : NewCount(open);
    }

    private void RemoveRedundant(bool[] open)
    {
        var order = Enumerable.Range(0, M)
            .Where(j => open[j] && !Problem.IsExisting(j))
            .OrderByDescending(NewCost)
            .ThenBy(j => _cover.ByCandidate[j].Length)
            .ThenByDescending(j => j)
            .ToList();
        foreach (int j in order)
        {
            if (_cover.ByCandidate[j].All(i => _count[i] >= 2))
            {
                open[j] = false;
                Mark(j, -1);
            }
        }
    }

    private long SwapToCheaper(bool[] open, long slack)
    {
        bool changed = true;
        while (slack < 0 && changed)
        {
            changed = false;
            var order = Enumerable.Range(0, M)
                .Where(j => open[j] && !Problem.IsExisting(j))
                .OrderByDescending(NewCost)
                .ToList();
            foreach (int j in order)
            {
                var needed = _cover.ByCandidate[j].Where(i => _count[i] == 1).ToArray();
                int best = -1;
                foreach (int f in Enumerable.Range(0, M))
                {
                    if (!open[f] && NewCost(f) < NewCost(j) && (best < 0 || NewCost(f) < NewCost(best))
                        && needed.All(i => _cover.ByDemand[i].Contains(f)))
                    {
                        best = f;
                    }
                }

                if (best >= 0)
                {
                    open[j] = false;
                    Mark(j, -1);
                    open[best] = true;
                    Mark(best, +1);
                    slack += NewCost(j) - NewCost(best);
                    changed = true;
                    break;
                }
            }
        }

        return slack;
    }

    private void Mark(int j, int delta)
    {
        foreach (int i in _cover.ByCandidate[j])
        {
            _count[i] += delta;
        }
    }
}
