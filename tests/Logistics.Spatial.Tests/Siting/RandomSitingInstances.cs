using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

/// <summary>Small seeded random siting problems: points in a square, rounded Euclidean distances.</summary>
internal static class RandomSitingInstances
{
    /// <summary>Every objective with and without existing facilities and a budget.</summary>
    public static TheoryData<SitingObjective, bool, bool> Variants()
    {
        var data = new TheoryData<SitingObjective, bool, bool>();
        foreach (var objective in Enum.GetValues<SitingObjective>())
        {
            foreach (bool existing in new[] { false, true })
            {
                foreach (bool budget in new[] { false, true })
                {
                    data.Add(objective, existing, budget);
                }
            }
        }

        return data;
    }

    public static SitingProblem Create(SitingObjective objective, int seed, bool withExisting, bool withBudget)
    {
        var random = new Random(seed);
        int n = random.Next(4, 16);
        int m = random.Next(3, 13);
        var builder = new SitingProblemBuilder(objective);
        var demandPoints = new (int X, int Y)[n];
        for (int i = 0; i < n; i++)
        {
            demandPoints[i] = (random.Next(0, 100), random.Next(0, 100));
            builder.AddDemand($"D{i}", random.Next(0, 4) == 0 ? 0 : random.Next(1, 30));
        }

        int existing = withExisting ? random.Next(1, Math.Min(3, m)) : 0;
        long totalCost = 0;
        for (int j = 0; j < m; j++)
        {
            long cost = random.Next(1, 10);
            totalCost += cost;
            builder.AddCandidate($"C{j}", cost, existing: j < existing);
            var (cx, cy) = (random.Next(0, 100), random.Next(0, 100));
            for (int i = 0; i < n; i++)
            {
                double dx = demandPoints[i].X - cx;
                double dy = demandPoints[i].Y - cy;
                builder.SetDistance(i, j, (int)Math.Round(Math.Sqrt((dx * dx) + (dy * dy))));
            }
        }

        builder.FacilityCount = random.Next(0, 5);
        if (objective != SitingObjective.PMedian)
        {
            builder.CoverageRadius = objective == SitingObjective.SetCover ? random.Next(35, 90) : random.Next(15, 60);
        }

        if (withBudget)
        {
            builder.Budget = random.Next(0, (int)Math.Max(1, totalCost / 2));
        }

        return builder.Build();
    }
}
