using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

/// <summary>Reference answers by enumerating every set of new facilities (only for a dozen candidates or so).</summary>
internal static class BruteForceSiting
{
    /// <summary>The optimum in the model's own sense, or null when no set is feasible.</summary>
    public static long? Optimum(SitingProblem problem)
    {
        var free = Enumerable.Range(0, problem.CandidateCount).Where(j => !problem.IsExisting(j)).ToArray();
        long? best = null;
        bool maximise = problem.Objective == SitingObjective.MaximalCovering;
        for (long mask = 0; mask < 1L << free.Length; mask++)
        {
            var open = new bool[problem.CandidateCount];
            for (int j = 0; j < problem.CandidateCount; j++)
            {
                open[j] = problem.IsExisting(j);
            }

            for (int k = 0; k < free.Length; k++)
            {
                if ((mask & (1L << k)) != 0)
                {
                    open[free[k]] = true;
                }
            }

            if (Value(problem, open) is { } value && (best is null || (maximise ? value > best : value < best)))
            {
                best = value;
            }
        }

        return best;
    }

    /// <summary>The objective of an open set, or null when it breaks a constraint.</summary>
    public static long? Value(SitingProblem problem, IReadOnlyList<bool> open)
    {
        int newCount = 0;
        long cost = 0;
        for (int j = 0; j < problem.CandidateCount; j++)
        {
            if (problem.IsExisting(j) && !open[j])
            {
                return null;
            }

            if (open[j] && !problem.IsExisting(j))
            {
                newCount++;
                cost += problem.OpeningCost(j);
            }
        }

        if ((problem.FacilityCount is { } p && newCount > p) || (problem.Budget is { } budget && cost > budget))
        {
            return null;
        }

        long total = 0;
        for (int i = 0; i < problem.DemandCount; i++)
        {
            int nearest = int.MaxValue;
            for (int j = 0; j < problem.CandidateCount; j++)
            {
                if (open[j])
                {
                    nearest = Math.Min(nearest, problem.Distance(i, j));
                }
            }

            switch (problem.Objective)
            {
                case SitingObjective.PMedian:
                    if (nearest == int.MaxValue)
                    {
                        return null;
                    }

                    total += problem.Weight(i) * nearest;
                    break;
                case SitingObjective.MaximalCovering:
                    total += nearest <= problem.CoverageRadius ? problem.Weight(i) : 0;
                    break;
                default:
                    if (nearest > problem.CoverageRadius)
                    {
                        return null;
                    }

                    break;
            }
        }

        return problem.Objective == SitingObjective.SetCover ? newCount : total;
    }
}
