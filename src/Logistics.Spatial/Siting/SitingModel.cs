namespace Logistics.Spatial.Siting;

/// <summary>
/// One siting model seen as a minimisation over the open/closed vector y with a Lagrangian relaxation whose
/// subproblem separates by facility: L(λ) = constant(λ) + Σ_j rc_j(λ) y_j, minimised over y under the cardinality
/// rule and the branching states. The engine adds the budget multiplier and does the selection, the subgradient
/// optimisation, the variable fixing and the branching; the model supplies the pieces and its primal heuristic.
/// </summary>
internal abstract class SitingModel
{
    protected SitingModel(SitingProblem problem)
    {
        Problem = problem;
        N = problem.DemandCount;
        M = problem.CandidateCount;
        MaxNew = problem.FacilityCount ?? int.MaxValue;
    }

    public SitingProblem Problem { get; }

    public int N { get; }

    public int M { get; }

    /// <summary>Maximum number of new facilities (int.MaxValue when unlimited).</summary>
    public int MaxNew { get; }

    public abstract bool NonNegativeMultipliers { get; }

    public abstract CardinalityRule Rule { get; }

    /// <summary>A reason the whole problem cannot have a feasible solution, or null.</summary>
    public abstract SitingInfeasibility? CheckFeasibility();

    /// <summary>Whether a branching state (1 open, -1 closed, 0 free) can still be completed to a covering solution.</summary>
    public virtual bool CanComplete(ReadOnlySpan<sbyte> state) => true;

    /// <summary>Starting multipliers, possibly from an incumbent (may be null).</summary>
    public abstract void InitialMultipliers(bool[]? incumbent, Span<double> lambda);

    /// <summary>Fills the reduced cost of every candidate (budget excluded) and returns the constant term.</summary>
    public abstract double ReducedCosts(ReadOnlySpan<double> lambda, Span<double> reducedCosts);

    /// <summary>Fills the subgradient (constraint residuals) of the relaxed constraints at the subproblem solution.</summary>
    public abstract void Subgradient(ReadOnlySpan<double> lambda, IReadOnlyList<int> open, Span<double> subgradient);

    /// <summary>The minimisation objective of an open set, or null when the model's own constraints fail.</summary>
    public abstract long? Evaluate(IReadOnlyList<int> open);

    /// <summary>
    /// Turns <paramref name="open"/> into a good feasible solution in place (existing facilities open, at most
    /// <see cref="MaxNew"/> new ones, within the budget) by repair and local search; returns its minimisation value,
    /// or null when no feasible solution was reached.
    /// </summary>
    public abstract long? Improve(bool[] open);

    /// <summary>The value reported to the user for a minimisation value.</summary>
    public virtual long ToReported(long minimisationValue) => minimisationValue;

    /// <summary>The facility serving each demand point (nearest open one; -1 when none within reach).</summary>
    public int[] Assignment(IReadOnlyList<int> open)
    {
        var result = new int[N];
        int? radius = Problem.CoverageRadius;
        for (int i = 0; i < N; i++)
        {
            var row = Problem.DistanceRow(i);
            int bestJ = -1;
            int bestD = int.MaxValue;
            foreach (int j in open)
            {
                if (row[j] < bestD || (row[j] == bestD && j < bestJ))
                {
                    bestD = row[j];
                    bestJ = j;
                }
            }

            result[i] = radius is { } r && bestD > r ? -1 : bestJ;
        }

        return result;
    }

    protected long BudgetSlack(bool[] open)
    {
        if (Problem.Budget is not { } budget)
        {
            return long.MaxValue / 4;
        }

        long used = 0;
        for (int j = 0; j < M; j++)
        {
            if (open[j] && !Problem.IsExisting(j))
            {
                used += Problem.OpeningCost(j);
            }
        }

        return budget - used;
    }

    protected int NewCount(bool[] open)
    {
        int count = 0;
        for (int j = 0; j < M; j++)
        {
            if (open[j] && !Problem.IsExisting(j))
            {
                count++;
            }
        }

        return count;
    }

    protected void OpenExisting(bool[] open)
    {
        for (int j = 0; j < M; j++)
        {
            if (Problem.IsExisting(j))
            {
                open[j] = true;
            }
        }
    }

    /// <summary>Cost of opening a candidate towards the budget (existing facilities cost nothing).</summary>
    /// <summary>
    /// The best interchange move that opens <paramref name="f"/> (Whitaker's fast interchange): open it outright when
    /// the new-facility limit and the budget allow, or swap it for the open, not existing, facility whose closing
    /// loses least. <paramref name="loss"/>[r] is what closing r costs once f is open. Returns the facility to close
    /// (−1 for a plain opening), or null when no move gains.
    /// </summary>
    protected int? BestOpeningMove(int f, long gain, IReadOnlyList<int> openFacilities, long[] loss, long slack, int newCount)
    {
        var costF = NewCost(f);
        var remove = -1;
        long bestProfit = 0;
        if (newCount < MaxNew && costF <= slack && gain > 0)
        {
            bestProfit = gain;
        }

        foreach (var r in openFacilities)
        {
            if (Problem.IsExisting(r) || costF - NewCost(r) > slack)
            {
                continue;
            }

            var profit = gain - loss[r];
            if (profit > bestProfit)
            {
                bestProfit = profit;
                remove = r;
            }
        }

        return bestProfit > 0 ? remove : null;
    }

    /// <summary>
    /// The open, not existing, facility to close when a solution breaks the count or the budget: over budget, the one
    /// that loses least per unit of cost saved; over the count, the one that loses least. −1 when none can close.
    /// </summary>
    protected int CheapestToDrop(IReadOnlyList<int> openFacilities, long[] loss, long slack)
    {
        var drop = -1;
        var dropScore = double.MaxValue;
        foreach (var r in openFacilities)
        {
            if (Problem.IsExisting(r))
            {
                continue;
            }

            var score = slack < 0 ? loss[r] / (NewCost(r) + 1e-9) : loss[r];
            if (score < dropScore)
            {
                dropScore = score;
                drop = r;
            }
        }

        return drop;
    }

    protected long NewCost(int j) => Problem.IsExisting(j) ? 0 : Problem.OpeningCost(j);
}
