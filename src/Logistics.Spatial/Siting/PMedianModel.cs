using System.Numerics;

namespace Logistics.Spatial.Siting;

/// <summary>
/// p-median. Relaxation of the assignment constraints Σ_j x_ij = 1 with free multipliers λ_i (Beasley 1993):
/// L(λ) = Σ_i λ_i + Σ_j y_j Σ_i min(0, w_i d_ij − λ_i). Primal side: greedy completion, then Whitaker's fast
/// interchange (first improvement, best removal per inserted facility) with the budget respected.
/// </summary>
internal sealed class PMedianModel : SitingModel
{
    private const long Infinite = int.MaxValue;

    private readonly int[] _distT;     // candidate-major distances: _distT[j * N + i]
    private readonly double[] _costT;  // candidate-major weighted distances w_i d_ij
    private readonly double[] _rowCost; // per demand point, its weighted distances in ascending order
    private readonly int[] _rowOrder;   // the candidates in that order
    private readonly int[] _prefix;
    private readonly long[] _weights;

    private readonly long[] _d1;
    private readonly int[] _c1;
    private readonly long[] _d2;
    private readonly int[] _c2;
    private readonly long[] _loss;
    private readonly List<int> _open = [];

    public PMedianModel(SitingProblem problem)
        : base(problem)
    {
        _weights = problem.Weights.ToArray();
        _distT = new int[M * N];
        _costT = new double[M * N];
        for (int i = 0; i < N; i++)
        {
            var row = problem.DistanceRow(i);
            for (int j = 0; j < M; j++)
            {
                _distT[(j * N) + i] = row[j];
                _costT[(j * N) + i] = (double)_weights[i] * row[j];
            }
        }

        _rowCost = new double[N * M];
        _rowOrder = new int[N * M];
        _prefix = new int[N];
        for (int i = 0; i < N; i++)
        {
            var order = _rowOrder.AsSpan(i * M, M);
            var cost = _rowCost.AsSpan(i * M, M);
            for (int j = 0; j < M; j++)
            {
                order[j] = j;
                cost[j] = _costT[(j * N) + i];
            }

            cost.Sort(order);
        }

        _d1 = new long[N];
        _c1 = new int[N];
        _d2 = new long[N];
        _c2 = new int[N];
        _loss = new long[M];
    }

    public override bool NonNegativeMultipliers => false;

    public override CardinalityRule Rule => Problem.Budget is null ? CardinalityRule.Exactly : CardinalityRule.AtMost;

    public override SitingInfeasibility? CheckFeasibility()
    {
        bool anyExisting = false;
        for (int j = 0; j < M; j++)
        {
            anyExisting |= Problem.IsExisting(j);
        }

        if (anyExisting)
        {
            return null;
        }

        if (MaxNew == 0)
        {
            return new SitingInfeasibility("no-facility",
                "no existing facility and the number of new facilities is 0: no demand point can be served");
        }

        if (Problem.Budget is { } budget && Enumerable.Range(0, M).All(j => Problem.OpeningCost(j) > budget))
        {
            return new SitingInfeasibility("budget-too-small",
                $"no existing facility and every candidate costs more than the budget {budget}");
        }

        return null;
    }

    public override void InitialMultipliers(bool[]? incumbent, Span<double> lambda)
    {
        if (incumbent is not null)
        {
            var open = Enumerable.Range(0, M).Where(j => incumbent[j]).ToList();
            if (open.Count > 0)
            {
                for (int i = 0; i < N; i++)
                {
                    double best = double.MaxValue;
                    foreach (int j in open)
                    {
                        best = Math.Min(best, _costT[(j * N) + i]);
                    }

                    lambda[i] = best;
                }

                return;
            }
        }

        for (int i = 0; i < N; i++)
        {
            double best = double.MaxValue;
            for (int j = 0; j < M; j++)
            {
                best = Math.Min(best, _costT[(j * N) + i]);
            }

            lambda[i] = best;
        }
    }

    public override double ReducedCosts(ReadOnlySpan<double> lambda, Span<double> reducedCosts)
    {
        double constant = 0;
        for (int i = 0; i < N; i++)
        {
            constant += lambda[i];
        }

        // Only pairs with w_i d_ij < λ_i contribute. When they are few (typical once the multipliers settle, and
        // always for larger p), walk each demand point's sorted row; otherwise sweep the whole matrix with SIMD.
        long contributing = 0;
        for (int i = 0; i < N; i++)
        {
            int index = _rowCost.AsSpan(i * M, M).BinarySearch(lambda[i]);
            int count = index >= 0 ? index : ~index;
            while (count > 0 && _rowCost[(i * M) + count - 1] >= lambda[i])
            {
                count--;
            }

            _prefix[i] = count;
            contributing += count;
        }

        if (contributing * 8 < (long)N * M)
        {
            reducedCosts[..M].Clear();
            for (int i = 0; i < N; i++)
            {
                double l = lambda[i];
                var cost = _rowCost.AsSpan(i * M, _prefix[i]);
                var order = _rowOrder.AsSpan(i * M, _prefix[i]);
                for (int k = 0; k < cost.Length; k++)
                {
                    reducedCosts[order[k]] += cost[k] - l;
                }
            }

            return constant;
        }

        int width = Vector<double>.Count;
        for (int j = 0; j < M; j++)
        {
            var column = _costT.AsSpan(j * N, N);
            var acc = Vector<double>.Zero;
            int i = 0;
            for (; i <= N - width; i += width)
            {
                var diff = new Vector<double>(column.Slice(i, width)) - new Vector<double>(lambda.Slice(i, width));
                acc += Vector.Min(diff, Vector<double>.Zero);
            }

            double sum = Vector.Sum(acc);
            for (; i < N; i++)
            {
                sum += Math.Min(0, column[i] - lambda[i]);
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
            var column = _costT.AsSpan(j * N, N);
            for (int i = 0; i < N; i++)
            {
                if (column[i] < lambda[i])
                {
                    subgradient[i] -= 1;
                }
            }
        }
    }

    public override long? Evaluate(IReadOnlyList<int> open)
    {
        if (open.Count == 0)
        {
            return null;
        }

        long total = 0;
        for (int i = 0; i < N; i++)
        {
            var row = Problem.DistanceRow(i);
            int best = int.MaxValue;
            foreach (int j in open)
            {
                best = Math.Min(best, row[j]);
            }

            total += _weights[i] * best;
        }

        return total;
    }

    public override long? Improve(bool[] open)
    {
        OpenExisting(open);
        RebuildOpenList(open);
        Recompute();
        long slack = BudgetSlack(open);
        int newCount = NewCount(open);

        // Repair: close the cheapest-to-lose new facilities until the count and the budget hold.
        while (newCount > MaxNew || slack < 0)
        {
            ComputeRemovalLosses();
            int drop = CheapestToDrop(_open, _loss, slack);

            if (drop < 0)
            {
                return null;
            }

            Close(open, drop);
            newCount--;
            slack += NewCost(drop);
        }

        // Greedy completion while a facility fits and helps.
        while (newCount < MaxNew)
        {
            int add = -1;
            long addGain = 0;
            for (int f = 0; f < M; f++)
            {
                if (open[f] || NewCost(f) > slack)
                {
                    continue;
                }

                long gain = InsertionGain(f);
                if (gain > addGain || (add < 0 && _open.Count == 0))
                {
                    addGain = gain;
                    add = f;
                }
            }

            if (add < 0)
            {
                break;
            }

            Open(open, add);
            newCount++;
            slack -= NewCost(add);
        }

        if (_open.Count == 0)
        {
            return null;
        }

        FastInterchange(open, ref slack, newCount);
        return CurrentCost();
    }

    private void FastInterchange(bool[] open, ref long slack, int newCount)
    {
        int sinceImprovement = 0;
        int f = 0;
        while (sinceImprovement < M)
        {
            f = (f + 1) % M;
            sinceImprovement++;
            if (open[f])
            {
                continue;
            }

            var column = _distT.AsSpan(f * N, N);
            long gain = 0;
            foreach (int r in _open)
            {
                _loss[r] = 0;
            }

            for (int i = 0; i < N; i++)
            {
                long dif = column[i];
                if (dif < _d1[i])
                {
                    gain += _weights[i] * (_d1[i] - dif);
                }
                else
                {
                    _loss[_c1[i]] += _weights[i] * (Math.Min(dif, _d2[i]) - _d1[i]);
                }
            }

            if (BestOpeningMove(f, gain, _open, _loss, slack, newCount) is not int remove)
            {
                continue;
            }

            long costF = NewCost(f);
            Open(open, f);
            slack -= costF;
            if (remove >= 0)
            {
                Close(open, remove);
                slack += NewCost(remove);
            }
            else
            {
                newCount++;
            }

            sinceImprovement = 0;
        }
    }

    private long InsertionGain(int f)
    {
        var column = _distT.AsSpan(f * N, N);
        long gain = 0;
        for (int i = 0; i < N; i++)
        {
            if (column[i] < _d1[i])
            {
                gain += _weights[i] * (_d1[i] - column[i]);
            }
        }

        return gain;
    }

    private void ComputeRemovalLosses()
    {
        foreach (int r in _open)
        {
            _loss[r] = 0;
        }

        for (int i = 0; i < N; i++)
        {
            _loss[_c1[i]] += _weights[i] * (_d2[i] - _d1[i]);
        }
    }

    private void RebuildOpenList(bool[] open)
    {
        _open.Clear();
        for (int j = 0; j < M; j++)
        {
            if (open[j])
            {
                _open.Add(j);
            }
        }
    }

    private void Recompute()
    {
        for (int i = 0; i < N; i++)
        {
            RecomputeClient(i);
        }
    }

    private void RecomputeClient(int i)
    {
        long d1 = Infinite;
        long d2 = Infinite;
        int c1 = _open.Count > 0 ? _open[0] : 0;
        int c2 = c1;
        foreach (int j in _open)
        {
            long d = _distT[(j * N) + i];
            if (d < d1)
            {
                d2 = d1;
                c2 = c1;
                d1 = d;
                c1 = j;
            }
            else if (d < d2)
            {
                d2 = d;
                c2 = j;
            }
        }

        _d1[i] = d1;
        _c1[i] = c1;
        _d2[i] = d2;
        _c2[i] = c2;
    }

    private void Open(bool[] open, int f)
    {
        open[f] = true;
        _open.Add(f);
        var column = _distT.AsSpan(f * N, N);
        for (int i = 0; i < N; i++)
        {
            long d = column[i];
            if (d < _d1[i] || _open.Count == 1)
            {
                _d2[i] = _d1[i];
                _c2[i] = _c1[i];
                _d1[i] = d;
                _c1[i] = f;
            }
            else if (d < _d2[i])
            {
                _d2[i] = d;
                _c2[i] = f;
            }
        }
    }

    private void Close(bool[] open, int r)
    {
        open[r] = false;
        _open.Remove(r);
        for (int i = 0; i < N; i++)
        {
            if (_c1[i] == r || _c2[i] == r)
            {
                RecomputeClient(i);
            }
        }
    }

    private long CurrentCost()
    {
        long total = 0;
        for (int i = 0; i < N; i++)
        {
            total += _weights[i] * _d1[i];
        }

        return total;
    }
}
