namespace Logistics.Spatial.Siting;

/// <summary>One run of <see cref="TwoLevelSitingSolver"/> (see there for the method).</summary>
internal sealed class TwoLevelSitingRun
{
    private const sbyte Opened = 1;
    private const sbyte Closed = -1;
    private const sbyte Free = 0;

    private readonly TwoLevelSitingProblem _problem;
    private readonly SitingProblem _outlets;
    private readonly SitingOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly TimeProvider _clock;
    private readonly long _start;
    private readonly bool _maximise;
    private readonly int _centres;

    private long _bestScore = long.MaxValue;
    private bool[]? _bestOutlets;
    private bool[]? _bestCentres;
    private TimeSpan _timeToBest;
    private long _nodes;
    private int _solves;

    public TwoLevelSitingRun(TwoLevelSitingProblem problem, SitingOptions options, CancellationToken cancellationToken)
    {
        _problem = problem;
        _outlets = problem.Outlets;
        _options = options;
        _cancellationToken = cancellationToken;
        _clock = options.TimeProvider;
        _start = _clock.GetTimestamp();
        _maximise = _outlets.Objective == SitingObjective.MaximalCovering;
        _centres = problem.CentreCandidateCount;
    }

    public TwoLevelSitingResult Run()
    {
        if (CheckFeasibility() is { } why)
        {
            return new TwoLevelSitingResult { Status = SitingStatus.Infeasible, Infeasibility = why, Elapsed = Elapsed };
        }

        // The outlet level alone: a relaxation of the two-level problem (the centre level only removes choices).
        var relaxed = SolveOutlets(Enumerable.Range(0, _outlets.CandidateCount).ToList(), out var relaxedOpen)!;
        if (relaxed.Status == SitingStatus.Infeasible)
        {
            return new TwoLevelSitingResult { Status = SitingStatus.Infeasible, Infeasibility = relaxed.Infeasibility, Elapsed = Elapsed };
        }

        long bound = relaxed.Bound is { } b ? Score(b) : long.MinValue;
        var initialState = InitialState();
        if (relaxedOpen is not null && GreedyCentres(relaxedOpen, initialState) is { } centres)
        {
            Offer(Score(relaxed.Value!.Value), relaxedOpen, centres);
        }

        if (_problem.MaxOutletCentreDistance is not null && _bestScore > bound && !StopRequested())
        {
            bound = BranchAndBound(initialState, bound);
        }

        return Result(Math.Min(bound, _bestScore));
    }

    private SitingInfeasibility? CheckFeasibility()
    {
        bool anyCentre = _problem.CentreCount > 0 || Enumerable.Range(0, _centres).Any(_problem.IsExistingCentre);
        if (_centres == 0 || !anyCentre)
        {
            return new SitingInfeasibility("no-centre", "没有可开设的服务中心（k = 0 且没有现有中心）/ no centre can be open (k = 0 and no existing centre)");
        }

        for (int j = 0; j < _outlets.CandidateCount; j++)
        {
            if (_outlets.IsExisting(j) && !Enumerable.Range(0, _centres).Any(c => _problem.CanServe(c, j)))
            {
                return new SitingInfeasibility("outlet-out-of-reach",
                    $"现有网点 {_outlets.CandidateNames[j]} 在最大距离内没有任何候选服务中心 / the existing outlet '{_outlets.CandidateNames[j]}' has no centre candidate within the maximum outlet–centre distance");
            }
        }

        return null;
    }

    private sbyte[] InitialState()
    {
        var state = new sbyte[_centres];
        for (int c = 0; c < _centres; c++)
        {
            state[c] = _problem.IsExistingCentre(c) ? Opened : Free;
        }

        return state;
    }

    /// <summary>Solves the outlet level over <paramref name="allowed"/> candidates; <paramref name="open"/> is its solution over all candidates.</summary>
    /// <remarks>Null when no candidate is allowed (the node is dropped: it cannot beat a node with outlets).</remarks>
    private SitingResult? SolveOutlets(List<int> allowed, out bool[]? open)
    {
        open = null;
        if (allowed.Count == 0)
        {
            return null;
        }

        _solves++;
        var sub = allowed.Count == _outlets.CandidateCount ? _outlets : _outlets.Subset(allowed);

        var remaining = _options.TimeLimit - Elapsed;
        var result = SitingSolver.Solve(sub, _options with { TimeLimit = remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1) }, null, _cancellationToken);
        if (result.Value is not null)
        {
            open = new bool[_outlets.CandidateCount];
            foreach (int k in result.OpenFacilities)
            {
                open[allowed[k]] = true;
            }
        }

        return result;
    }

    /// <summary>
    /// Completes <paramref name="state"/> to a centre set that can serve every open outlet: the opened centres, then
    /// free centres one at a time, each the one that serves most uncovered weight (lowest index on a tie), within the
    /// count and the budget. Null when that fails.
    /// </summary>
    private bool[]? GreedyCentres(bool[] open, sbyte[] state)
    {
        var weights = ServedWeights(open);
        var centres = new bool[_centres];
        int newCount = 0;
        long cost = 0;
        for (int c = 0; c < _centres; c++)
        {
            if (state[c] == Opened)
            {
                centres[c] = true;
                if (!_problem.IsExistingCentre(c))
                {
                    newCount++;
                    cost += _problem.CentreOpeningCost(c);
                }
            }
        }

        var uncovered = Enumerable.Range(0, _outlets.CandidateCount)
            .Where(j => open[j] && !Enumerable.Range(0, _centres).Any(c => centres[c] && _problem.CanServe(c, j)))
            .ToHashSet();
        if (!Enumerable.Range(0, _centres).Any(c => centres[c]) && uncovered.Count == 0)
        {
            uncovered.Add(-1);
        }

        while (uncovered.Count > 0)
        {
            int best = -1;
            long bestWeight = -1;
            for (int c = 0; c < _centres; c++)
            {
                if (state[c] != Free || centres[c] || newCount >= _problem.CentreCount
                    || (_problem.CentreBudget is { } budget && cost + _problem.CentreOpeningCost(c) > budget))
                {
                    continue;
                }

                long w = uncovered.Where(j => j < 0 || _problem.CanServe(c, j)).Sum(j => j < 0 ? 1 : weights[j] + 1);
                if (w > bestWeight && w > 0)
                {
                    bestWeight = w;
                    best = c;
                }
            }

            if (best < 0)
            {
                return null;
            }

            centres[best] = true;
            newCount++;
            cost += _problem.CentreOpeningCost(best);
            uncovered.RemoveWhere(j => j < 0 || _problem.CanServe(best, j));
        }

        return centres;
    }

    private sealed record Node(sbyte[] State, long ParentBound);

    /// <summary>Best-bound-first branch and bound over the centres; returns the proven bound (score).</summary>
    private long BranchAndBound(sbyte[] root, long rootBound)
    {
        var queue = new PriorityQueue<Node, (long Bound, long Sequence)>();
        long sequence = 0;
        long leafBound = long.MaxValue;
        queue.Enqueue(new Node(root, rootBound), (rootBound, sequence++));
        while (queue.TryPeek(out _, out var top))
        {
            if (StopRequested() || _nodes >= _options.MaxNodes)
            {
                return Math.Min(Math.Min(top.Bound, leafBound), _bestScore);
            }

            var node = queue.Dequeue();
            if (node.ParentBound >= _bestScore)
            {
                continue;
            }

            _nodes++;
            var state = node.State;
            int newCount = 0;
            long cost = 0;
            for (int c = 0; c < _centres; c++)
            {
                if (state[c] == Opened && !_problem.IsExistingCentre(c))
                {
                    newCount++;
                    cost += _problem.CentreOpeningCost(c);
                }
            }

            if (newCount > _problem.CentreCount || (_problem.CentreBudget is { } budget && cost > budget))
            {
                continue;
            }

            long slack = _problem.CentreBudget is { } bb ? bb - cost : long.MaxValue;
            bool leaf = newCount == _problem.CentreCount
                || !Enumerable.Range(0, _centres).Any(c => state[c] == Free && _problem.CentreOpeningCost(c) <= slack);
            var allowed = new List<int>();
            bool feasible = true;
            for (int j = 0; j < _outlets.CandidateCount; j++)
            {
                bool servable = Enumerable.Range(0, _centres).Any(c => (leaf ? state[c] == Opened : state[c] != Closed) && _problem.CanServe(c, j));
                if (servable)
                {
                    allowed.Add(j);
                }
                else if (_outlets.IsExisting(j))
                {
                    feasible = false;
                    break;
                }
            }

            if (!feasible)
            {
                continue;
            }

            var result = SolveOutlets(allowed, out var open);
            if (result is null && _maximise)
            {
                // No outlet can be served here: covering nothing is still a (poor) answer.
                var none = new bool[_outlets.CandidateCount];
                if (GreedyCentres(none, leaf ? state.Select(x => x == Opened ? Opened : Closed).ToArray() : state) is { } any)
                {
                    Offer(0, none, any);
                }

                continue;
            }

            if (result is null || result.Status == SitingStatus.Infeasible || (result.Value is null && !StopRequested()))
            {
                continue;
            }

            if (result.Value is null)
            {
                queue.Enqueue(node, (node.ParentBound, sequence++));
                continue;
            }

            long bound = Math.Max(node.ParentBound, result.Bound is { } rb ? Score(rb) : long.MinValue);
            long value = Score(result.Value.Value);
            var centres = GreedyCentres(open!, leaf ? state.Select(s => s == Opened ? Opened : Closed).ToArray() : state);
            if (centres is not null)
            {
                Offer(value, open!, centres);
            }

            if (bound >= _bestScore)
            {
                continue;
            }

            if (leaf)
            {
                // Nothing left to branch on: the outlet solve's own bound is this node's last word.
                leafBound = Math.Min(leafBound, bound);
                continue;
            }

            int branch = Branch(state, open!);
            var opened = (sbyte[])state.Clone();
            opened[branch] = Opened;
            var closed = (sbyte[])state.Clone();
            closed[branch] = Closed;
            queue.Enqueue(new Node(opened, bound), (bound, sequence++));
            queue.Enqueue(new Node(closed, bound), (bound, sequence++));
        }

        return Math.Min(leafBound, _bestScore);
    }

    /// <summary>The free centre that can serve most weight of the open outlets that the opened centres do not serve.</summary>
    private int Branch(sbyte[] state, bool[] open)
    {
        var weights = ServedWeights(open);
        int best = -1;
        long bestWeight = -1;
        for (int c = 0; c < _centres; c++)
        {
            if (state[c] != Free)
            {
                continue;
            }

            long w = 0;
            for (int j = 0; j < _outlets.CandidateCount; j++)
            {
                if (open[j] && _problem.CanServe(c, j)
                    && !Enumerable.Range(0, _centres).Any(o => state[o] == Opened && _problem.CanServe(o, j)))
                {
                    w += weights[j] + 1;
                }
            }

            if (w > bestWeight)
            {
                bestWeight = w;
                best = c;
            }
        }

        return best;
    }

    private void Offer(long score, bool[] outlets, bool[] centres)
    {
        if (score >= _bestScore)
        {
            return;
        }

        _bestScore = score;
        _bestOutlets = (bool[])outlets.Clone();
        _bestCentres = (bool[])centres.Clone();
        _timeToBest = Elapsed;
    }

    /// <summary>Weight each open outlet serves: the demand points whose nearest open outlet it is (lowest index on a tie).</summary>
    private long[] ServedWeights(bool[] open)
    {
        var weights = new long[_outlets.CandidateCount];
        var nearest = NearestOutlets(open);
        for (int i = 0; i < nearest.Length; i++)
        {
            if (nearest[i] >= 0)
            {
                weights[nearest[i]] += _outlets.Weight(i);
            }
        }

        return weights;
    }

    private int[] NearestOutlets(bool[] open)
    {
        var result = new int[_outlets.DemandCount];
        for (int i = 0; i < result.Length; i++)
        {
            int best = -1;
            for (int j = 0; j < open.Length; j++)
            {
                if (open[j] && (best < 0 || _outlets.Distance(i, j) < _outlets.Distance(i, best)))
                {
                    best = j;
                }
            }

            result[i] = best;
        }

        return result;
    }

    /// <summary>
    /// The centres for the final outlets: a p-median over the open outlets (weight: population served + 1) whose
    /// pairs beyond the outlet–centre limit cost more than any feasible answer, so it keeps them served; falls back
    /// to the centres found in the search when that does not beat them.
    /// </summary>
    private (bool[] Centres, long? Value, long? Bound) Centres(bool[] open, bool[] found)
    {
        var weights = ServedWeights(open);
        var outlets = Enumerable.Range(0, open.Length).Where(j => open[j]).ToList();
        long foundValue = CentreValue(outlets, weights, found);
        if (outlets.Count == 0)
        {
            return (found, 0, 0);
        }

        var builder = new SitingProblemBuilder(SitingObjective.PMedian)
        {
            FacilityCount = _problem.CentreCount,
            Budget = _problem.CentreBudget,
        };
        foreach (int j in outlets)
        {
            builder.AddDemand(_outlets.CandidateNames[j], weights[j] + 1);
        }

        for (int c = 0; c < _centres; c++)
        {
            builder.AddCandidate(_problem.CentreNames[c], _problem.CentreOpeningCost(c), _problem.IsExistingCentre(c));
        }

        long totalWeight = outlets.Sum(j => weights[j] + 1);
        int beyond = (int)Math.Min(int.MaxValue / 2, Math.Max(1, foundValue + 1));
        var matrix = new int[outlets.Count, _centres];
        for (int k = 0; k < outlets.Count; k++)
        {
            for (int c = 0; c < _centres; c++)
            {
                matrix[k, c] = _problem.CanServe(c, outlets[k]) ? _problem.OutletCentreDistance(outlets[k], c) : beyond;
            }
        }

        builder.SetDistances(matrix);
        var remaining = _options.TimeLimit - Elapsed;
        var result = SitingSolver.Solve(builder.Build(), _options with { TimeLimit = remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1) }, null, _cancellationToken);
        if (result.Value is not { } value || value >= foundValue)
        {
            // With the penalty no better feasible answer exists below the bound; a bound at or above the found value proves it.
            long? bound = result.Bound is { } b && totalWeight > 0 ? Math.Min(b, foundValue) : null;
            return (found, foundValue, bound);
        }

        var centres = new bool[_centres];
        foreach (int c in result.OpenFacilities)
        {
            centres[c] = true;
        }

        if (outlets.Any(j => !Enumerable.Range(0, _centres).Any(c => centres[c] && _problem.CanServe(c, j))))
        {
            // The penalty did not fit the integer distances and the answer uses a pair beyond the limit: keep the search's centres.
            return (found, foundValue, null);
        }

        return (centres, value, result.Bound);
    }

    private long CentreValue(List<int> outlets, long[] weights, bool[] centres)
    {
        long total = 0;
        foreach (int j in outlets)
        {
            int d = int.MaxValue;
            for (int c = 0; c < _centres; c++)
            {
                if (centres[c] && _problem.CanServe(c, j))
                {
                    d = Math.Min(d, _problem.OutletCentreDistance(j, c));
                }
            }

            total += (weights[j] + 1) * d;
        }

        return total;
    }

    private TwoLevelSitingResult Result(long boundScore)
    {
        if (_bestOutlets is null || _bestCentres is null)
        {
            return new TwoLevelSitingResult
            {
                Status = StopRequested() ? SitingStatus.NoSolutionFound : SitingStatus.Infeasible,
                Infeasibility = StopRequested() ? null : new SitingInfeasibility("centres-cannot-serve",
                    "在服务中心数、预算和最大距离内，没有方案能让每个网点都有服务中心 / no choice of centres within the count, budget and maximum distance can serve the outlets"),
                Bound = boundScore is long.MaxValue or long.MinValue ? null : Unscore(boundScore),
                Nodes = _nodes,
                OutletSolves = _solves,
                Elapsed = Elapsed,
            };
        }

        var (centres, centreValue, centreBound) = Centres(_bestOutlets, _bestCentres);
        var nearest = NearestOutlets(_bestOutlets);
        var weights = ServedWeights(_bestOutlets);
        var outletCentre = new int[_outlets.CandidateCount];
        for (int j = 0; j < outletCentre.Length; j++)
        {
            outletCentre[j] = -1;
            if (!_bestOutlets[j])
            {
                continue;
            }

            for (int c = 0; c < _centres; c++)
            {
                if (centres[c] && _problem.CanServe(c, j)
                    && (outletCentre[j] < 0 || _problem.OutletCentreDistance(j, c) < _problem.OutletCentreDistance(j, outletCentre[j])))
                {
                    outletCentre[j] = c;
                }
            }
        }

        var openOutlets = Enumerable.Range(0, _outlets.CandidateCount).Where(j => _bestOutlets[j]).ToList();
        var openCentres = Enumerable.Range(0, _centres).Where(c => centres[c]).ToList();
        long bound = boundScore;
        return new TwoLevelSitingResult
        {
            Status = bound >= _bestScore && centreBound is { } cb && cb >= centreValue ? SitingStatus.Optimal : SitingStatus.Feasible,
            OpenOutlets = openOutlets,
            NewOutlets = openOutlets.Where(j => !_outlets.IsExisting(j)).ToList(),
            OpenCentres = openCentres,
            NewCentres = openCentres.Where(c => !_problem.IsExistingCentre(c)).ToList(),
            DemandOutlet = nearest,
            OutletCentre = outletCentre,
            OutletWeight = weights,
            Value = Unscore(_bestScore),
            Bound = bound == long.MinValue ? null : Unscore(bound),
            CentreValue = centreValue,
            CentreBound = centreBound,
            OutletOpeningCost = openOutlets.Where(j => !_outlets.IsExisting(j)).Sum(_outlets.OpeningCost),
            CentreOpeningCost = openCentres.Where(c => !_problem.IsExistingCentre(c)).Sum(_problem.CentreOpeningCost),
            Nodes = _nodes,
            OutletSolves = _solves,
            TimeToBest = _timeToBest,
            Elapsed = Elapsed,
        };
    }

    private long Score(long reported) => _maximise ? -reported : reported;

    private long Unscore(long score) => _maximise ? -score : score;

    private TimeSpan Elapsed => _clock.GetElapsedTime(_start);

    private bool StopRequested() => _cancellationToken.IsCancellationRequested || Elapsed >= _options.TimeLimit;
}
