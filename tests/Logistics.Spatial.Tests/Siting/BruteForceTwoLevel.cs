using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

/// <summary>Reference answers for two-level siting by enumerating every centre set and every outlet set.</summary>
internal static class BruteForceTwoLevel
{
    /// <summary>The best outlet objective over all feasible (centres, outlets) pairs, or null when none is feasible.</summary>
    public static long? Optimum(TwoLevelSitingProblem problem)
    {
        var outlets = problem.Outlets;
        bool maximise = outlets.Objective == SitingObjective.MaximalCovering;
        long? best = null;
        foreach (var centres in CentreSets(problem))
        {
            foreach (var open in Subsets(outlets.CandidateCount))
            {
                if (!Served(problem, open, centres) || BruteForceSiting.Value(outlets, open) is not { } value)
                {
                    continue;
                }

                if (best is null || (maximise ? value > best : value < best))
                {
                    best = value;
                }
            }
        }

        return best;
    }

    /// <summary>The least Σ (served weight + 1) × outlet–centre distance over feasible centre sets for these outlets.</summary>
    public static long? CentreOptimum(TwoLevelSitingProblem problem, IReadOnlyList<int> openOutlets, IReadOnlyList<long> weights)
    {
        var open = new bool[problem.Outlets.CandidateCount];
        foreach (int j in openOutlets)
        {
            open[j] = true;
        }

        long? best = null;
        foreach (var centres in CentreSets(problem))
        {
            if (!Served(problem, open, centres))
            {
                continue;
            }

            long total = 0;
            foreach (int j in openOutlets)
            {
                total += (weights[j] + 1) * Enumerable.Range(0, centres.Length)
                    .Where(c => centres[c] && problem.CanServe(c, j))
                    .Min(c => problem.OutletCentreDistance(j, c));
            }

            if (best is null || total < best)
            {
                best = total;
            }
        }

        return best;
    }

    /// <summary>Every open outlet has an open centre within reach, and some centre is open.</summary>
    public static bool Served(TwoLevelSitingProblem problem, IReadOnlyList<bool> open, IReadOnlyList<bool> centres) =>
        centres.Any(c => c)
        && Enumerable.Range(0, open.Count).All(j => !open[j]
            || Enumerable.Range(0, centres.Count).Any(c => centres[c] && problem.CanServe(c, j)));

    private static IEnumerable<bool[]> CentreSets(TwoLevelSitingProblem problem)
    {
        foreach (var set in Subsets(problem.CentreCandidateCount))
        {
            int count = 0;
            long cost = 0;
            bool ok = true;
            for (int c = 0; c < set.Length; c++)
            {
                if (problem.IsExistingCentre(c) && !set[c])
                {
                    ok = false;
                }

                if (set[c] && !problem.IsExistingCentre(c))
                {
                    count++;
                    cost += problem.CentreOpeningCost(c);
                }
            }

            if (ok && count <= problem.CentreCount && (problem.CentreBudget is not { } budget || cost <= budget))
            {
                yield return set;
            }
        }
    }

    private static IEnumerable<bool[]> Subsets(int count)
    {
        for (long mask = 0; mask < 1L << count; mask++)
        {
            var set = new bool[count];
            for (int j = 0; j < count; j++)
            {
                set[j] = (mask & (1L << j)) != 0;
            }

            yield return set;
        }
    }
}
