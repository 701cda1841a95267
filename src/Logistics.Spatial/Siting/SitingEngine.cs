namespace Logistics.Spatial.Siting;

/// <summary>
/// The solve itself, shared by the three models (all seen as minimisation): construction, root Lagrangian
/// relaxation with subgradient optimisation and Lagrangian heuristic, Lagrangian variable fixing, a seeded
/// shake-and-improve phase, and a best-bound-first Lagrangian branch and bound over the open/closed decisions.
/// </summary>
internal sealed class SitingEngine
{
    private const sbyte Free = 0;
    private const sbyte Opened = 1;
    private const sbyte Closed = -1;
    private const int RootPatience = 25;
    private const int NodePatience = 5;
    private const int NodeHeuristicInterval = 10;

    /// <summary>Stands for "no bound computed yet" (e.g. cancelled before the first subgradient iteration).</summary>
    private const long NoBound = long.MinValue / 2;

    private readonly SitingModel _model;
    private readonly SitingProblem _problem;
    private readonly SitingOptions _options;
    private readonly IProgress<SitingProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly TimeProvider _clock;
    private readonly long _start;
    private readonly int _n;
    private readonly int _m;
    private readonly Random _random;

    private readonly double[] _reduced;
    private readonly double[] _reducedWithBudget;
    private readonly double[] _subgradient;
    private readonly double[] _freeKey;
    private readonly int[] _freeIndex;
    private readonly List<int> _openList = [];
    private int _freeCount;
    private int _chosenCount;
    private int _limit;

    private long _best = long.MaxValue;
    private bool[]? _bestOpen;
    private TimeSpan _timeToBest;
    private int _iterations;
    private long _nodes;
    private long _lastHeuristicKey;

    public SitingEngine(SitingModel model, SitingOptions options, IProgress<SitingProgress>? progress, CancellationToken cancellationToken)
    {
        _model = model;
        _problem = model.Problem;
        _options = options;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _clock = options.TimeProvider;
        _start = _clock.GetTimestamp();
        _n = model.N;
        _m = model.M;
        _random = new Random(options.Seed);
        _reduced = new double[_m];
        _reducedWithBudget = new double[_m];
        _subgradient = new double[_n];
        _freeKey = new double[_m];
        _freeIndex = new int[_m];
    }

    private bool HasIncumbent => _best != long.MaxValue;

    public SitingResult Run()
    {
        if (_model.CheckFeasibility() is { } reason)
        {
            return Infeasible(reason);
        }

        // Construction from nothing (greedy + local search).
        Accept(new bool[_m]);
        Report("construct", null);

        // Root Lagrangian relaxation.
        var state = new sbyte[_m];
        for (int j = 0; j < _m; j++)
        {
            state[j] = _problem.IsExisting(j) ? Opened : Free;
        }

        var lambda = new double[_n];
        _model.InitialMultipliers(_bestOpen, lambda);
        double mu = 0;
        double rootBound = Bound(state, lambda, ref mu, _options.MaxRootIterations, 2.0, RootPatience, root: true, out bool rootInfeasible);
        long lowerBound = rootInfeasible ? long.MaxValue : RoundUp(rootBound);
        Report("lagrangian", lowerBound);

        if (!rootInfeasible && _best > lowerBound && _options.MaxNonImprovingShakes > 0)
        {
            Perturb(lowerBound);
            Report("improve", lowerBound);
        }

        if (!rootInfeasible && _best > lowerBound && _options.UseBranchAndBound && !StopRequested())
        {
            lowerBound = Math.Max(lowerBound, BranchAndBound(state, lambda, mu, rootBound));
            Report("branch-and-bound", lowerBound);
        }

        if (!HasIncumbent && lowerBound == long.MaxValue)
        {
            return Infeasible(new SitingInfeasibility("no-feasible-solution",
                "no choice of facilities satisfies the facility count, the budget and the coverage at once"));
        }

        return Result(Math.Min(lowerBound, _best));
    }

    private double Bound(sbyte[] state, double[] lambda, ref double mu, int maxIterations, double pi, int patience, bool root, out bool infeasible)
    {
        infeasible = false;
        double bestL = double.NegativeInfinity;
        var bestLambda = (double[])lambda.Clone();
        double bestMu = mu;
        int stall = 0;
        long? budget = _problem.Budget;
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            if (!NodeFeasible(state))
            {
                infeasible = true;
                return double.PositiveInfinity;
            }

            if (StopRequested())
            {
                break;
            }

            double value = Lagrangian(state, lambda, mu);
            _iterations++;
            if (value > bestL)
            {
                bestL = value;
                Array.Copy(lambda, bestLambda, _n);
                bestMu = mu;
                stall = 0;
            }
            else if (++stall >= patience)
            {
                pi /= 2;
                stall = 0;
            }

            if (HasIncumbent && RoundUp(bestL) >= _best)
            {
                break;
            }

            Fix(state, value);
            if (root && iteration % 10 == 0)
            {
                LagrangianHeuristic();
            }

            _model.Subgradient(lambda, _openList, _subgradient);
            double norm = 0;
            for (int i = 0; i < _n; i++)
            {
                if (_model.NonNegativeMultipliers && lambda[i] <= 0 && _subgradient[i] < 0)
                {
                    _subgradient[i] = 0;
                }

                norm += _subgradient[i] * _subgradient[i];
            }

            double budgetGradient = 0;
            if (budget is { } b)
            {
                long used = 0;
                foreach (int j in _openList)
                {
                    used += _problem.IsExisting(j) ? 0 : _problem.OpeningCost(j);
                }

                budgetGradient = used - b;
                if (mu <= 0 && budgetGradient < 0)
                {
                    budgetGradient = 0;
                }

                norm += budgetGradient * budgetGradient;
            }

            if (norm < 1e-12 || pi < 1e-5)
            {
                break;
            }

            double target = HasIncumbent ? _best : value + Math.Max(1, Math.Abs(value) * 0.1);
            double step = pi * Math.Max(target - value, 1e-6 * Math.Max(1, Math.Abs(value))) / norm;
            for (int i = 0; i < _n; i++)
            {
                double next = lambda[i] + (step * _subgradient[i]);
                lambda[i] = _model.NonNegativeMultipliers ? Math.Max(0, next) : next;
            }

            mu = Math.Max(0, mu + (step * budgetGradient));
        }

        Array.Copy(bestLambda, lambda, _n);
        mu = bestMu;
        return bestL;
    }

    /// <summary>Solves the Lagrangian subproblem under the state; fills the open list and the sorted free facilities.</summary>
    private double Lagrangian(sbyte[] state, double[] lambda, double mu)
    {
        double value = _model.ReducedCosts(lambda, _reduced);
        if (_problem.Budget is { } budget)
        {
            value -= mu * budget;
        }

        _openList.Clear();
        _freeCount = 0;
        int forcedNew = 0;
        for (int j = 0; j < _m; j++)
        {
            bool existing = _problem.IsExisting(j);
            double r = _reduced[j] + (existing ? 0 : mu * _problem.OpeningCost(j));
            _reducedWithBudget[j] = r;
            if (state[j] == Opened)
            {
                value += r;
                _openList.Add(j);
                forcedNew += existing ? 0 : 1;
            }
            else if (state[j] == Free)
            {
                _freeKey[_freeCount] = r;
                _freeIndex[_freeCount] = j;
                _freeCount++;
            }
        }

        Array.Sort(_freeKey, _freeIndex, 0, _freeCount);
        _limit = _model.MaxNew == int.MaxValue ? int.MaxValue : _model.MaxNew - forcedNew;
        int chosen = 0;
        switch (_model.Rule)
        {
            case CardinalityRule.Exactly:
                chosen = Math.Min(_limit, _freeCount);
                break;
            case CardinalityRule.AtMost:
                while (chosen < _freeCount && chosen < _limit && _freeKey[chosen] < 0)
                {
                    chosen++;
                }

                break;
            default:
                while (chosen < _freeCount && _freeKey[chosen] < 0)
                {
                    chosen++;
                }

                break;
        }

        _chosenCount = Math.Max(0, chosen);
        for (int k = 0; k < _chosenCount; k++)
        {
            value += _freeKey[k];
            _openList.Add(_freeIndex[k]);
        }

        return value;
    }

    /// <summary>
    /// Lagrangian variable fixing: with the same multipliers, the bound of the subproblem with a free facility forced
    /// the other way is computed exactly from the sorted reduced costs; when it cannot beat the incumbent, the
    /// facility is fixed. Returns the chosen free facility whose closing costs the bound least, i.e. the most
    /// doubtful one (for branching), or -1.
    /// </summary>
    private int Fix(sbyte[] state, double value)
    {
        int branch = -1;
        double branchPenalty = double.NegativeInfinity;
        int c = _chosenCount;
        for (int k = 0; k < _freeCount; k++)
        {
            int j = _freeIndex[k];
            double r = _freeKey[k];
            double alternative;
            if (k >= c)
            {
                // Forcing j open.
                if (_limit <= 0)
                {
                    alternative = double.PositiveInfinity;
                }
                else if (_model.Rule == CardinalityRule.Unlimited || c < _limit)
                {
                    alternative = value + r;
                }
                else
                {
                    alternative = value + r - _freeKey[c - 1];
                }
            }
            else
            {
                // Forcing j closed.
                double replacement = 0;
                if (_model.Rule == CardinalityRule.Exactly && c < _freeCount)
                {
                    replacement = _freeKey[c];
                }
                else if (_model.Rule == CardinalityRule.AtMost && c == _limit && c < _freeCount)
                {
                    replacement = Math.Min(0, _freeKey[c]);
                }

                alternative = value - r + replacement;
                if (branch < 0 || alternative - value < branchPenalty)
                {
                    branchPenalty = alternative - value;
                    branch = j;
                }
            }

            if (HasIncumbent && RoundUp(alternative) >= _best)
            {
                state[j] = k >= c ? Closed : Opened;
            }
        }

        return branch;
    }

    private bool NodeFeasible(sbyte[] state)
    {
        int forcedNew = 0;
        long forcedCost = 0;
        bool anyOpenable = false;
        for (int j = 0; j < _m; j++)
        {
            if (state[j] >= 0)
            {
                anyOpenable = true;
            }

            if (state[j] == Opened && !_problem.IsExisting(j))
            {
                forcedNew++;
                forcedCost += _problem.OpeningCost(j);
            }
        }

        return anyOpenable
            && forcedNew <= _model.MaxNew
            && (_problem.Budget is not { } budget || forcedCost <= budget)
            && _model.CanComplete(state);
    }

    private void LagrangianHeuristic()
    {
        long key = 17;
        foreach (int j in _openList.Order())
        {
            key = unchecked((key * 1_000_003) + j + 1);
        }

        if (key == _lastHeuristicKey)
        {
            return;
        }

        _lastHeuristicKey = key;
        var open = new bool[_m];
        foreach (int j in _openList)
        {
            open[j] = true;
        }

        Accept(open);
    }

    /// <summary>Runs the model's repair and local search from <paramref name="open"/> and keeps the result if better.</summary>
    private bool Accept(bool[] open)
    {
        if (_model.Improve(open) is null)
        {
            return false;
        }

        return Offer(open);
    }

    /// <summary>Checks a solution against every constraint, evaluates it afresh and keeps it if better.</summary>
    private bool Offer(bool[] open)
    {
        var list = new List<int>();
        int newCount = 0;
        long cost = 0;
        for (int j = 0; j < _m; j++)
        {
            if (_problem.IsExisting(j) && !open[j])
            {
                return false;
            }

            if (open[j])
            {
                list.Add(j);
                if (!_problem.IsExisting(j))
                {
                    newCount++;
                    cost += _problem.OpeningCost(j);
                }
            }
        }

        if (newCount > _model.MaxNew || (_problem.Budget is { } budget && cost > budget))
        {
            return false;
        }

        if (_model.Evaluate(list) is not { } value || value >= _best)
        {
            return false;
        }

        _best = value;
        _bestOpen = (bool[])open.Clone();
        _timeToBest = Elapsed;
        Report("incumbent", null);
        return true;
    }

    /// <summary>Shake k random swaps of the best solution, improve, accept if better (variable neighbourhood style).</summary>
    private void Perturb(long lowerBound)
    {
        if (_bestOpen is null)
        {
            return;
        }

        int maxK = Math.Max(1, Math.Min(10, _bestOpen.Count(o => o)));
        int k = 1;
        int sinceImprovement = 0;
        var opened = new List<int>();
        var closed = new List<int>();
        while (sinceImprovement < _options.MaxNonImprovingShakes && _best > lowerBound && !StopRequested())
        {
            var candidate = (bool[])_bestOpen.Clone();
            for (int s = 0; s < k; s++)
            {
                opened.Clear();
                closed.Clear();
                for (int j = 0; j < _m; j++)
                {
                    if (!_problem.IsExisting(j))
                    {
                        (candidate[j] ? opened : closed).Add(j);
                    }
                }

                if (opened.Count == 0 || closed.Count == 0)
                {
                    break;
                }

                candidate[opened[_random.Next(opened.Count)]] = false;
                candidate[closed[_random.Next(closed.Count)]] = true;
            }

            if (Accept(candidate))
            {
                k = 1;
                sinceImprovement = 0;
            }
            else
            {
                k = k >= maxK ? 1 : k + 1;
                sinceImprovement++;
            }
        }
    }

    private sealed record Node(sbyte[] State, double[] Lambda, double Mu, double ParentBound);

    /// <summary>
    /// Best-bound-first Lagrangian branch and bound (the open node with the lowest bound next, ties in creation
    /// order), so that the proven lower bound rises steadily; returns it (the incumbent when the search completes).
    /// Children share their parent's final multipliers read-only as a warm start.
    /// </summary>
    private long BranchAndBound(sbyte[] rootState, double[] rootLambda, double rootMu, double rootBound)
    {
        var queue = new PriorityQueue<Node, (double Bound, long Sequence)>();
        long sequence = 0;

        // Each open node keeps its parent's multipliers (n doubles, shared by the two children). Past this many open
        // nodes, new children warm-start from the root multipliers instead, so memory stays bounded.
        int frontierLimit = (int)Math.Max(1000, 20_000_000L / Math.Max(1, _n));
        var sharedLambda = (double[])rootLambda.Clone();
        queue.Enqueue(new Node((sbyte[])rootState.Clone(), (double[])rootLambda.Clone(), rootMu, rootBound), (rootBound, sequence++));
        while (queue.TryPeek(out _, out var lowest))
        {
            if (StopRequested() || _nodes >= _options.MaxNodes)
            {
                return Math.Min(RoundUp(lowest.Bound), _best);
            }

            var node = queue.Dequeue();
            if (HasIncumbent && RoundUp(node.ParentBound) >= _best)
            {
                continue;
            }

            _nodes++;
            var state = node.State;
            var lambda = (double[])node.Lambda.Clone();
            double mu = node.Mu;
            double bound = Bound(state, lambda, ref mu, _options.NodeIterations, 0.25, NodePatience, root: false, out bool infeasible);
            if (infeasible)
            {
                continue;
            }

            if (!NodeFeasible(state))
            {
                continue;
            }

            bound = Math.Max(bound, node.ParentBound);
            if (StopRequested())
            {
                queue.Enqueue(node with { ParentBound = bound }, (bound, sequence++));
                continue;
            }

            if (HasIncumbent && RoundUp(bound) >= _best)
            {
                continue;
            }

            // Lagrangian solution at the best multipliers: a candidate, and the branching information.
            double value = Lagrangian(state, lambda, mu);
            var lagrangianOpen = new bool[_m];
            foreach (int j in _openList)
            {
                lagrangianOpen[j] = true;
            }

            Offer((bool[])lagrangianOpen.Clone());
            if (HasIncumbent && _best <= RoundUp(Math.Max(bound, value)))
            {
                continue;
            }

            int branch = Fix(state, value);
            if (_nodes % NodeHeuristicInterval == 1)
            {
                // Local search costs more than the node's subgradient iterations; the root phases usually found
                // the optimum already, so improve only every few nodes.
                Accept((bool[])lagrangianOpen.Clone());
            }
            if (HasIncumbent && RoundUp(bound) >= _best)
            {
                continue;
            }

            if (branch < 0 || state[branch] != Free)
            {
                branch = -1;
                for (int k = 0; k < _freeCount && branch < 0; k++)
                {
                    if (state[_freeIndex[k]] == Free)
                    {
                        branch = _freeIndex[k];
                    }
                }
            }

            if (branch < 0)
            {
                // Every facility is decided: the node is a single solution.
                var leaf = new bool[_m];
                for (int j = 0; j < _m; j++)
                {
                    leaf[j] = state[j] == Opened;
                }

                Offer(leaf);
                continue;
            }

            var openState = (sbyte[])state.Clone();
            openState[branch] = Opened;
            var closedState = (sbyte[])state.Clone();
            closedState[branch] = Closed;
            var warmStart = queue.Count < frontierLimit ? lambda : sharedLambda;
            queue.Enqueue(new Node(openState, warmStart, mu, bound), (bound, sequence++));
            queue.Enqueue(new Node(closedState, warmStart, mu, bound), (bound, sequence++));
            if (_nodes % 64 == 0)
            {
                Report("branch-and-bound", null);
            }
        }

        return HasIncumbent ? _best : long.MaxValue;
    }

    private SitingResult Result(long lowerBound)
    {
        var open = new List<int>();
        var added = new List<int>();
        long openingCost = 0;
        if (_bestOpen is not null)
        {
            for (int j = 0; j < _m; j++)
            {
                if (_bestOpen[j])
                {
                    open.Add(j);
                    if (!_problem.IsExisting(j))
                    {
                        added.Add(j);
                        openingCost += _problem.OpeningCost(j);
                    }
                }
            }
        }

        long? value = HasIncumbent ? _model.ToReported(_best) : null;
        long? bound = lowerBound == long.MaxValue || lowerBound <= NoBound ? null : _model.ToReported(lowerBound);
        var status = !HasIncumbent ? SitingStatus.NoSolutionFound
            : lowerBound >= _best ? SitingStatus.Optimal
            : SitingStatus.Feasible;
        return new SitingResult(
            _problem.Objective,
            status,
            open,
            added,
            HasIncumbent ? _model.Assignment(open) : [],
            value,
            bound,
            openingCost,
            _iterations,
            _nodes,
            _timeToBest,
            Elapsed,
            null);
    }

    private SitingResult Infeasible(SitingInfeasibility reason) =>
        new(_problem.Objective, SitingStatus.Infeasible, [], [], [], null, null, 0, _iterations, _nodes, TimeSpan.Zero, Elapsed, reason);

    private TimeSpan Elapsed => _clock.GetElapsedTime(_start);

    private bool StopRequested() => _cancellationToken.IsCancellationRequested || Elapsed >= _options.TimeLimit;

    private void Report(string phase, long? lowerBound)
    {
        _progress?.Report(new SitingProgress(
            phase,
            HasIncumbent ? _model.ToReported(_best) : null,
            lowerBound is { } lb && lb != long.MaxValue && lb > NoBound ? _model.ToReported(Math.Min(lb, _best)) : null,
            _iterations,
            _nodes,
            Elapsed));
    }

    /// <summary>
    /// The smallest integer objective value the real-valued bound allows (all objectives are integers), with a
    /// small relative tolerance against rounding error in the floating-point sums.
    /// </summary>
    private static long RoundUp(double bound)
    {
        if (double.IsPositiveInfinity(bound))
        {
            return long.MaxValue;
        }

        if (double.IsNegativeInfinity(bound) || double.IsNaN(bound))
        {
            return NoBound;
        }

        return (long)Math.Ceiling(bound - (1e-7 * Math.Max(1, Math.Abs(bound))));
    }
}
