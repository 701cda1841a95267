using Logistics.Routing.Problem;

namespace Logistics.Benchmarks;

/// <summary>Random Euclidean CVRP or VRPTW instance for micro-benchmarks.</summary>
public static class RandomProblem
{
    public static ProblemData Create(int clients, bool timeWindows, int seed)
    {
        var rng = new Random(seed);
        int n = clients + 1;
        var x = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 1000).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 1000).ToArray();
        var m = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (long)Math.Round(Math.Sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])));
            }
        }

        var b = new ProblemBuilder();
        b.AddDepot(new Depot("depot"));
        for (int c = 0; c < clients; c++)
        {
            long early = rng.Next(0, 8000);
            TimeWindow tw = timeWindows ? new TimeWindow(early, early + rng.Next(200, 1500)) : TimeWindow.Unbounded;
            b.AddClient(new Client($"c{c}", [rng.Next(1, 20)], [0], 10, [tw]));
        }

        b.AddProfile(m, (long[,])m.Clone());
        b.AddVehicleType(new VehicleType("v", clients, [100], ShiftEnd: 10_000));
        return b.Build();
    }
}
