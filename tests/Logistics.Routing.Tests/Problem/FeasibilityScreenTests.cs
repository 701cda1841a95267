using Logistics.Routing.Problem;
using Logistics.Routing.Solver;

namespace Logistics.Routing.Tests.Problem;

public class FeasibilityScreenTests
{
    private static ProblemData Build()
    {
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("hub"));
        b.AddClient(new Client("ok", [5], [0], 1, [new TimeWindow(0, 100)]));
        b.AddClient(new Client("heavy", [50], [0], 1, [new TimeWindow(0, 100)]));
        b.AddClient(new Client("too-early", [1], [0], 1, [new TimeWindow(0, 5)]));
        b.AddClient(new Client("bulky-pickup", [0], [40], 1, [new TimeWindow(0, 100)]));
        b.AddClient(new Client("far", [1], [0], 1, [new TimeWindow(0, 1000)]));
        var m = new long[6, 6];
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                m[i, j] = i == j ? 0 : 10;
            }
        }

        for (int i = 0; i < 5; i++)
        {
            m[0, 5] = m[5, 0] = 200; // the "far" client
        }

        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("small", 1, [10], ShiftEnd: 1000, MaxDistance: 300));
        b.AddVehicleType(new VehicleType("medium", 1, [20], ShiftEnd: 1000, MaxDistance: 300));
        return b.Build();
    }

    [Fact]
    public void Unservable_clients_come_back_with_reasons()
    {
        var unservable = FeasibilityScreen.Check(Build());
        Assert.Equal(4, unservable.Count);
        Assert.Equal(UnservableReason.DemandExceedsCapacity, unservable.Single(u => u.Name == "heavy").Reason);
        Assert.Equal(UnservableReason.DemandExceedsCapacity, unservable.Single(u => u.Name == "bulky-pickup").Reason);
        Assert.Equal(UnservableReason.TimeWindowUnreachable, unservable.Single(u => u.Name == "too-early").Reason);
        Assert.Equal(UnservableReason.MaxDistanceExceeded, unservable.Single(u => u.Name == "far").Reason);
        Assert.Contains("50", unservable.Single(u => u.Name == "heavy").Message);
    }

    [Fact]
    public void Solver_serves_the_rest_and_reports_the_unservable()
    {
        var data = Build();
        var result = RoutingSolver.Solve(data, new SolverOptions { MaxIterations = 30 }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(4, result.Unservable.Count);
        Assert.Equal([0], result.Best.Routes.SelectMany(r => r.Clients).ToArray());
        Assert.False(result.Best.AllRequiredVisited);
        Assert.False(result.Best.IsFeasible);
        Assert.True(result.Best.Routes.All(r => r.IsFeasible));
    }
}
