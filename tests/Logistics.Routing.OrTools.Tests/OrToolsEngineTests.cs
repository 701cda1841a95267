using Logistics.Routing.Problem;
using Logistics.Routing.Solver;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.OrTools.Tests;

public class OrToolsEngineTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(1) };

    /// <summary>Guided local search runs to its time limit: 3 s reach the optimum of 7 stops even on a machine shared by others.</summary>
    private static readonly SolverOptions ToOptimum = new() { TimeLimit = TimeSpan.FromSeconds(3) };

    public static MatrixTheoryData<Variant, int> Cases => new(Enum.GetValues<Variant>(), [1, 2]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_engines_reach_the_brute_force_optimum_on_tiny_instances_of_every_variant(Variant variant, int seed)
    {
        var data = RandomInstances.Create(variant, 7, seed);
        long? optimum = BruteForce.Optimum(data);
        Assert.NotNull(optimum);

        var ortools = new OrToolsEngine().Solve(data, ToOptimum, cancellationToken: TestContext.Current.CancellationToken);
        var hgs = new HgsEngine().Solve(data, new SolverOptions { MaxIterations = 500 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(ortools.Best.IsFeasible);
        Assert.Empty(ortools.Unservable);
        Assert.Equal(optimum.Value, ortools.Best.Cost);
        Assert.Equal(ortools.Best.Cost, ReferenceEvaluator.SolutionCost(data, ortools.Best.Routes.Select(r => (r.VehicleType, r.Clients))));
        Assert.Equal(optimum.Value, hgs.Best.Cost);
    }

    [Fact]
    public void Everything_at_once_two_profiles_two_depots_pickup_and_delivery_windows_shift_distance_and_prizes()
    {
        for (int seed = 1; seed <= 3; seed++)
        {
            var data = Mixed(seed);
            long? optimum = BruteForce.Optimum(data);
            Assert.NotNull(optimum);

            var ortools = new OrToolsEngine().Solve(data, ToOptimum, cancellationToken: TestContext.Current.CancellationToken);
            var hgs = new HgsEngine().Solve(data, new SolverOptions { MaxIterations = 1000 }, cancellationToken: TestContext.Current.CancellationToken);

            Assert.True(ortools.Best.IsFeasible, $"seed {seed}");
            Assert.Equal(optimum.Value, ortools.Best.Cost);
            Assert.Equal(ortools.Best.Cost, ReferenceEvaluator.SolutionCost(data, ortools.Best.Routes.Select(r => (r.VehicleType, r.Clients))));
            Assert.Equal(optimum.Value, hgs.Best.Cost);
        }
    }

    [Fact]
    public void The_load_on_board_counts_deliveries_still_carried_plus_pickups_so_far()
    {
        // A receives 8, B hands over 8, capacity 10. B first is the short way (3 against 15) but then 8 for A plus 8
        // from B = 16 are on board: only A first is feasible. A model that let the start load float (or that only
        // bounded the net change) would take B first.
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        b.AddClient(new Client("A", [8], [0], 0, [TimeWindow.Unbounded]));
        b.AddClient(new Client("B", [0], [8], 0, [TimeWindow.Unbounded]));
        long[,] m = { { 0, 5, 1 }, { 1, 0, 5 }, { 5, 1, 0 } };
        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("v", 1, [10]));
        var data = b.Build();

        var result = new OrToolsEngine().Solve(data, Quick, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Best.IsFeasible);
        Assert.Equal([0, 1], Assert.Single(result.Best.Routes).Clients);
        Assert.Equal(15, result.Best.Cost);
        Assert.Equal(15, BruteForce.Optimum(data));
    }

    [Fact]
    public void With_pickups_and_deliveries_one_vehicle_suffices_only_when_the_pickup_comes_last()
    {
        // Capacity 10; A receives 8, C receives 2, B hands over 9. Leaving the depot with 10 on board, the route stays
        // within capacity only if B is visited after both A and C, though B first is the shorter way round; a second
        // vehicle costs 100 more. The optimum is one route ending at B.
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        b.AddClient(new Client("A", [8], [0], 0, [TimeWindow.Unbounded]));
        b.AddClient(new Client("B", [0], [9], 0, [TimeWindow.Unbounded]));
        b.AddClient(new Client("C", [2], [0], 0, [TimeWindow.Unbounded]));
        long[,] m = { { 0, 9, 1, 9 }, { 9, 0, 9, 1 }, { 9, 1, 0, 9 }, { 1, 9, 9, 0 } };
        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("v", 3, [10], FixedCost: 100));
        var data = b.Build();

        var result = new OrToolsEngine().Solve(data, Quick, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Best.IsFeasible);
        Assert.Equal(BruteForce.Optimum(data), result.Best.Cost);
        var route = Assert.Single(result.Best.Routes);
        Assert.Equal(1, route.Clients[^1]);
        Assert.True(MaxOnBoard(data, route.Clients) <= 10);
    }

    [Fact]
    public void Unservable_clients_get_the_same_reasons_as_with_our_engine_and_the_rest_is_routed()
    {
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        b.AddClient(new Client("heavy", [50], [0], 0, [TimeWindow.Unbounded]));
        b.AddClient(new Client("late", [1], [0], 0, [new TimeWindow(500, 600)]));
        b.AddClient(new Client("fine", [1], [0], 0, [TimeWindow.Unbounded]));
        long[,] m = { { 0, 4, 4, 4 }, { 4, 0, 4, 4 }, { 4, 4, 0, 4 }, { 4, 4, 4, 0 } };
        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("v", 2, [10], ShiftEnd: 100));
        var data = b.Build();

        var ortools = new OrToolsEngine().Solve(data, Quick, cancellationToken: TestContext.Current.CancellationToken);
        var hgs = new HgsEngine().Solve(data, new SolverOptions { MaxIterations = 100 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [(0, UnservableReason.DemandExceedsCapacity), (1, UnservableReason.TimeWindowUnreachable)],
            ortools.Unservable.Select(u => (u.Client, u.Reason)).ToArray());
        Assert.Equal(hgs.Unservable, ortools.Unservable);
        Assert.Equal([2], Assert.Single(ortools.Best.Routes).Clients);
        Assert.Equal(hgs.Best.Cost, ortools.Best.Cost);
    }

    [Fact]
    public void More_than_one_thread_is_refused_in_chinese_and_english()
    {
        var data = RandomInstances.Create(Variant.Cvrp, 5, 1);

        var e = Assert.Throws<OrToolsUnsupportedException>(() => new OrToolsEngine().Solve(data, Quick with { Threads = 2 }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("单线程", e.Message);
        Assert.Contains("single-threaded", e.Message);
        Assert.IsAssignableFrom<NotSupportedException>(e);
    }

    [Fact]
    public void A_cost_that_overflows_64_bits_is_refused_not_wrapped()
    {
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        b.AddClient(new Client("A", [1], [0], 0, [TimeWindow.Unbounded]));
        long[,] m = { { 0, 1_000_000 }, { 1_000_000, 0 } };
        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("dear", 1, [10], UnitDistanceCost: long.MaxValue / 1000));
        var data = b.Build();

        var e = Assert.Throws<OrToolsUnsupportedException>(() => new OrToolsEngine().Solve(data, Quick, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("dear", e.Message);
        Assert.Contains("overflows 64 bits", e.Message);
    }

    [Fact]
    public void A_search_without_any_budget_is_refused()
    {
        var data = RandomInstances.Create(Variant.Cvrp, 5, 1);

#pragma warning disable xUnit1051 // the point: no token that could ever stop the search
        var e = Assert.Throws<OrToolsUnsupportedException>(() => new OrToolsEngine().Solve(data, new SolverOptions()));
#pragma warning restore xUnit1051

        Assert.Contains("never stops", e.Message);
    }

    [Fact]
    public void Cancellation_stops_a_long_search_early_with_its_best_routes()
    {
        var data = RandomInstances.Create(Variant.Cvrp, 150, 3);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromMilliseconds(500));

        var result = new OrToolsEngine().Solve(data, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(120) }, cancellationToken: cts.Token);

        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed}");
        Assert.True(result.Best.IsFeasible);
        Assert.Equal(150, result.Best.Routes.Sum(r => r.Clients.Count));
        Assert.NotEmpty(result.History);
    }

    [Fact]
    public void The_time_limit_ends_the_search_and_the_time_to_best_lies_within_it()
    {
        var data = RandomInstances.Create(Variant.Vrptw, 60, 4);

        var result = new OrToolsEngine().Solve(data, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(1) }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Elapsed < TimeSpan.FromSeconds(15), $"took {result.Elapsed}");
        Assert.True(result.TimeToBest <= result.Elapsed);
        Assert.Equal(result.History[^1].Elapsed, result.TimeToBest);
        Assert.True(result.Best.IsFeasible);
    }

    [Fact]
    public void The_seed_has_no_effect_because_the_search_has_no_randomness()
    {
        var data = RandomInstances.Create(Variant.Vrpspd, 30, 5);
        var options = new SolverOptions { MaxIterations = 200 };

        var one = new OrToolsEngine().Solve(data, options with { Seed = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var two = new OrToolsEngine().Solve(data, options with { Seed = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(one.Best.Cost, two.Best.Cost);
        Assert.Equal(one.Best.Routes.Select(r => string.Join(',', r.Clients)), two.Best.Routes.Select(r => string.Join(',', r.Clients)));
        Assert.True(one.Iterations <= 200);
    }

    [Fact]
    public void An_iteration_limit_stops_at_the_first_local_optimum_even_when_no_second_solution_exists()
    {
        // One stop, one vehicle: there is a single solution. Guided local search would wait for the time limit.
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        b.AddClient(new Client("A", [1], [0], 0, [new TimeWindow(0, 100)]));
        long[,] m = { { 0, 5 }, { 5, 0 } };
        b.AddProfile(m, m);
        b.AddVehicleType(new VehicleType("v", 1, [10], ShiftEnd: 200));
        var data = b.Build();

        var result = new OrToolsEngine().Solve(data, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), MaxIterations = 400 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed}");
        Assert.Equal(10, result.Best.Cost);
    }

    /// <summary>Largest load on board of a route, walked stop by stop (deliveries loaded at the depot).</summary>
    private static long MaxOnBoard(ProblemData data, IReadOnlyList<int> clients)
    {
        long load = clients.Sum(c => data.Clients[c].Delivery[0]);
        long max = load;
        foreach (int c in clients)
        {
            load += data.Clients[c].Pickup[0] - data.Clients[c].Delivery[0];
            max = Math.Max(max, load);
        }

        return max;
    }

    /// <summary>
    /// Six clients, two depots, two vehicle types with their own travel profiles (a slow cheap van, a fast dear lorry),
    /// two load dimensions with pickups and deliveries, one or two windows per client, shifts, a duration limit, a
    /// distance limit, fixed and duration costs and two optional clients with prizes.
    /// </summary>
    private static ProblemData Mixed(int seed)
    {
        var rng = new Random(seed);
        const int depots = 2;
        const int clients = 6;
        int n = depots + clients;
        var x = Enumerable.Range(0, n).Select(_ => rng.Next(101)).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => rng.Next(101)).ToArray();
        var slowDist = new long[n, n];
        var slowTime = new long[n, n];
        var fastDist = new long[n, n];
        var fastTime = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                long e = (long)Math.Round(Math.Sqrt(((x[i] - x[j]) * (x[i] - x[j])) + ((y[i] - y[j]) * (y[i] - y[j]))));
                slowDist[i, j] = e;
                slowTime[i, j] = 2 * e;
                fastDist[i, j] = e + (i == j ? 0 : 3);
                fastTime[i, j] = e;
            }
        }

        var b = new ProblemBuilder();
        b.AddDepot(new Depot("north"));
        b.AddDepot(new Depot("south"));
        for (int c = 0; c < clients; c++)
        {
            TimeWindow[] windows = (c % 3) switch
            {
                0 => [TimeWindow.Unbounded],
                1 => [new TimeWindow(rng.Next(0, 100), rng.Next(150, 250))],
                _ => [new TimeWindow(0, rng.Next(60, 120)), new TimeWindow(rng.Next(200, 260), 400)],
            };
            bool optional = c >= 4;
            b.AddClient(new Client(
                $"C{c}",
                [rng.Next(0, 8), rng.Next(0, 4)],
                [rng.Next(0, 8), rng.Next(0, 4)],
                5,
                windows,
                !optional,
                optional ? rng.Next(20, 200) : 0));
        }

        b.AddProfile(slowDist, slowTime);
        b.AddProfile(fastDist, fastTime);
        b.AddVehicleType(new VehicleType("van", 2, [12, 5], StartDepot: 0, EndDepot: 0, ShiftStart: 0, ShiftEnd: 500, MaxDuration: 450, MaxDistance: 260, FixedCost: 20, UnitDistanceCost: 1, UnitDurationCost: 0, Profile: 0));
        b.AddVehicleType(new VehicleType("lorry", 1, [20, 8], StartDepot: 1, EndDepot: 0, ShiftStart: 30, ShiftEnd: 450, MaxDuration: 380, MaxDistance: 320, FixedCost: 60, UnitDistanceCost: 2, UnitDurationCost: 1, Profile: 1));
        return b.Build();
    }
}
