using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

/// <summary>Small seeded random two-level problems: villages, outlet candidates and centres in a square, rounded Euclidean distances.</summary>
internal static class RandomTwoLevelInstances
{
    public static TwoLevelSitingProblem Create(SitingObjective objective, int seed, bool withExisting, bool withBudget, bool withLimit)
    {
        var random = new Random(seed);
        int n = random.Next(4, 12);
        int m = random.Next(3, 9);
        int k = random.Next(2, 6);
        var villages = Points(random, n);
        var outletPoints = Points(random, m);
        var centrePoints = Points(random, k);
        var outlets = new SitingProblemBuilder(objective) { FacilityCount = random.Next(1, 4) };
        for (int i = 0; i < n; i++)
        {
            outlets.AddDemand($"V{i}", random.Next(0, 4) == 0 ? 0 : random.Next(1, 30));
        }

        long totalCost = 0;
        for (int j = 0; j < m; j++)
        {
            long cost = random.Next(1, 10);
            totalCost += cost;
            outlets.AddCandidate($"O{j}", cost, existing: withExisting && j == 0);
            for (int i = 0; i < n; i++)
            {
                outlets.SetDistance(i, j, Distance(villages[i], outletPoints[j]));
            }
        }

        if (objective != SitingObjective.PMedian)
        {
            outlets.CoverageRadius = objective == SitingObjective.SetCover ? random.Next(50, 100) : random.Next(15, 50);
        }

        if (withBudget)
        {
            outlets.Budget = random.Next(1, (int)Math.Max(2, totalCost / 2));
        }

        var builder = new TwoLevelSitingProblemBuilder(outlets.Build()) { CentreCount = random.Next(1, 3) };
        long centreCost = 0;
        for (int c = 0; c < k; c++)
        {
            long cost = random.Next(1, 10);
            centreCost += cost;
            builder.AddCentre($"T{c}", cost, existing: withExisting && c == 0);
        }

        var matrix = new int[m, k];
        for (int j = 0; j < m; j++)
        {
            for (int c = 0; c < k; c++)
            {
                matrix[j, c] = Distance(outletPoints[j], centrePoints[c]);
            }
        }

        builder.SetOutletCentreDistances(matrix);
        if (withBudget)
        {
            builder.CentreBudget = random.Next(1, (int)Math.Max(2, centreCost / 2 + 1));
        }

        if (withLimit)
        {
            builder.MaxOutletCentreDistance = random.Next(25, 60);
        }

        return builder.Build();
    }

    private static (int X, int Y)[] Points(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => (random.Next(0, 100), random.Next(0, 100))).ToArray();

    private static int Distance((int X, int Y) a, (int X, int Y) b)
    {
        double dx = a.X - b.X;
        double dy = a.Y - b.Y;
        return (int)Math.Round(Math.Sqrt((dx * dx) + (dy * dy)));
    }
}
