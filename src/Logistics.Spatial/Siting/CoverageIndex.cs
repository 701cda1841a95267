namespace Logistics.Spatial.Siting;

/// <summary>Which demand points each candidate covers and which candidates cover each demand point.</summary>
internal sealed class CoverageIndex
{
    public CoverageIndex(SitingProblem problem)
    {
        int n = problem.DemandCount;
        int m = problem.CandidateCount;
        int radius = problem.CoverageRadius ?? throw new InvalidOperationException("the model needs a coverage radius");
        var byCandidate = new List<int>[m];
        var byDemand = new List<int>[n];
        for (int j = 0; j < m; j++)
        {
            byCandidate[j] = [];
        }

        for (int i = 0; i < n; i++)
        {
            byDemand[i] = [];
            var row = problem.DistanceRow(i);
            for (int j = 0; j < m; j++)
            {
                if (row[j] <= radius)
                {
                    byCandidate[j].Add(i);
                    byDemand[i].Add(j);
                }
            }
        }

        ByCandidate = byCandidate.Select(l => l.ToArray()).ToArray();
        ByDemand = byDemand.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>Demand points within the radius of each candidate.</summary>
    public int[][] ByCandidate { get; }

    /// <summary>Candidates within the radius of each demand point.</summary>
    public int[][] ByDemand { get; }
}
