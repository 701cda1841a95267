namespace Logistics.Spatial.Siting;

/// <summary>
/// Maximal covering, as the minimisation of minus the covered weight. Relaxation of z_i ≤ Σ_{j covers i} y_j with
/// λ_i ≥ 0: L(λ) = Σ_i min(0, λ_i − w_i) − Σ_j y_j Σ_{i covered by j} λ_i. Primal side: greedy, then swap local
/// search (best removal for each inserted facility) with the count and the budget respected.
/// </summary>
internal sealed class MaximalCoveringModel : SitingModel
{
    private readonly CoverageIndex _cover;
    private readonly long[] _weights;
    private readonly int[] _count;
    private readonly long[] _coverSum;
    private readonly long[] _soleLoss;
    private readonly long[] _loss;
    private readonly int[] _cov;
    private readonly List<int> _open = [];

    public MaximalCoveringModel(SitingProblem problem)
        : base(problem)
    {
        _cover = new CoverageIndex(problem);
        _weights = problem.Weights.ToArray();
        _count = new int[N];
        _coverSum = new long[N];
        _soleLoss = new long[M];
        _loss = new long[M];
        _cov = new int[N];
    }

    public override bool NonNegativeMultipliers => true;

    public override CardinalityRule Rule => CardinalityRule.AtMost;

    public override SitingInfeasibility? CheckFeasibility() => null;

    public override long ToReported(long minimisationValue) => -minimisationValue;

    public override void InitialMultipliers(bool[]? incumbent, Span<double> lambda)
    {
        for (int i = 0; i < N; i++)
        {
            lambda[i] = _cover.ByDemand[i].Length > 0 ? _weights[i] / 2.0 : 0;
        }
    }

    public override double ReducedCosts(ReadOnlySpan<double> lambda, Span<double> reducedCosts)
    {
        double constant = 0;
        for (int i = 0; i < N; i++)
        {
            if (_cover.ByDemand[i].Length > 0)
            {
                constant += Math.Min(0, lambda[i] - _weights[i]);
            }
        }

        for (int j = 0; j < M; j++)
        {
            double sum = 0;
            foreach (int i in _cover.ByCandidate[j])
            {
                sum += lambda[i];
            }

            reducedCosts[j] = -sum;
        }

        return constant;
    }

    public override void Subgradient(ReadOnlySpan<double> lambda, IReadOnlyList<int> open, Span<double> subgradient)
    {
        Array.Clear(_cov);
        foreach (int j in open)
        {
            foreach (int i in _cover.ByCandidate[j])
            {
                _cov[i]++;
            }
        }

        for (int i = 0; i < N; i++)
        {
            bool coverable = _cover.ByDemand[i].Length > 0;
            double z = coverable && lambda[i] < _weights[i] ? 1 : 0;
            subgradient[i] = coverable ? z - _cov[i] : 0;
        }
    }

    public override long? Evaluate(IReadOnlyList<int> open)
    {
        Array.Clear(_cov);
        foreach (int j in open)
        {
            foreach (int i in _cover.ByCandidate[j])
            {
                _cov[i]++;
            }
        }

        long covered = 0;
        for (int i = 0; i < N; i++)
        {
            if (_cov[i] > 0)
            {
                covered += _weights[i];
            }
        }

        return -covered;
    }

    public override long? Improve(bool[] open)
    {
        OpenExisting(open);
        _open.Clear();
        Array.Clear(_count);
        Array.Clear(_coverSum);
        for (int j = 0; j < M; j++)
        {
            if (open[j])
            {
                Open(open, j);
            }
        }

        long slack = BudgetSlack(open);
        int newCount = NewCount(open);
        while (newCount > MaxNew || slack < 0)
        {
            ComputeSoleLosses();
            int drop = CheapestToDrop(_open, _soleLoss, slack);

            if (drop < 0)
            {
                return null;
            }

            Close(open, drop);
            newCount--;
            slack += NewCost(drop);
        }

        while (newCount < MaxNew)
        {
            int add = -1;
            long addGain = 0;
            for (int f = 0; f < M; f++)
            {
                if (!open[f] && NewCost(f) <= slack)
                {
                    long gain = Gain(f);
                    if (gain > addGain)
                    {
                        addGain = gain;
                        add = f;
                    }
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

        Swap(open, ref slack, newCount);
        long covered = 0;
        for (int i = 0; i < N; i++)
        {
            if (_count[i] > 0)
            {
                covered += _weights[i];
            }
        }

        return -covered;
    }

    private void Swap(bool[] open, ref long slack, int newCount)
    {
        ComputeSoleLosses();
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

            long gain = 0;
            foreach (int r in _open)
            {
                _loss[r] = _soleLoss[r];
            }

            foreach (int i in _cover.ByCandidate[f])
            {
                if (_count[i] == 0)
                {
                    gain += _weights[i];
                }
                else if (_count[i] == 1)
                {
                    _loss[(int)_coverSum[i]] -= _weights[i];
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

            ComputeSoleLosses();
            sinceImprovement = 0;
        }
    }

    private long Gain(int f)
    {
        long gain = 0;
        foreach (int i in _cover.ByCandidate[f])
        {
            if (_count[i] == 0)
            {
                gain += _weights[i];
            }
        }

        return gain;
    }

    private void ComputeSoleLosses()
    {
        foreach (int r in _open)
        {
            _soleLoss[r] = 0;
        }

        for (int i = 0; i < N; i++)
        {
            if (_count[i] == 1)
            {
                _soleLoss[(int)_coverSum[i]] += _weights[i];
            }
        }
    }

    private void Open(bool[] open, int j)
    {
        open[j] = true;
        _open.Add(j);
        foreach (int i in _cover.ByCandidate[j])
        {
            _count[i]++;
            _coverSum[i] += j;
        }
    }

    private void Close(bool[] open, int j)
    {
        open[j] = false;
        _open.Remove(j);
        foreach (int i in _cover.ByCandidate[j])
        {
            _count[i]--;
            _coverSum[i] -= j;
        }
    }
}
