using Logistics.Routing.Genetic;
using Logistics.Routing.Problem;
using Logistics.Routing.Search;
using Logistics.Routing.Solver;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Search;

/// <summary>The HGS circle-sector filter for SWAP*: fewer route pairs with coordinates, unchanged behaviour without.</summary>
public class SwapStarSectorTests
{
    [Fact]
    public void Sector_grows_on_the_shorter_side_and_overlap_handles_wrap_around()
    {
        var s = CircleSector.Of(65000);
        s.Extend(100);
        Assert.Equal(65000, s.Start);
        Assert.Equal(100, s.End);
        Assert.True(s.Encloses(0));
        Assert.False(s.Encloses(30000));
        s.Extend(64000);
        Assert.Equal(64000, s.Start);

        var t = CircleSector.Of(50);
        t.Extend(2000);
        Assert.True(CircleSector.Overlap(s, t));
        Assert.True(CircleSector.Overlap(t, s));
        var u = CircleSector.Of(20000);
        u.Extend(30000);
        Assert.False(CircleSector.Overlap(s, u));
        Assert.False(CircleSector.Overlap(u, s));
        Assert.Equal(16384, CircleSector.Angle(0, 1));
        Assert.Equal(49152, CircleSector.Angle(0, -1));
    }

    [Fact]
    public void With_coordinates_fewer_route_pairs_are_tried_and_all_of_them_overlap()
    {
        var data = RandomInstances.Create(Variant.Cvrp, 150, 11, coordinates: true);
        var solved = RoutingSolver.Solve(data, new SolverOptions { Seed = 3, MaxIterations = 30 }, cancellationToken: TestContext.Current.CancellationToken);
        var slots = solved.Best.Routes.Select(r => r.VehicleType).ToList();
        var routes = solved.Best.Routes.Select(r => (IReadOnlyList<int>)r.Clients.Select(data.LocationOfClient).ToList()).ToList();
        Assert.True(routes.Count >= 10);

        var filtered = LoadedSearch(data, slots, routes, sectorFilter: true);
        var all = LoadedSearch(data, slots, routes, sectorFilter: false);
        var kept = filtered.CollectRoutePairs().Distinct().ToList();
        var linked = all.CollectRoutePairs().Distinct().ToList();

        Assert.True(kept.Count < linked.Count, $"{kept.Count} pairs with the filter, {linked.Count} without");
        Assert.Subset(linked.ToHashSet(), kept.ToHashSet());
        foreach (long key in kept)
        {
            var a = filtered.State.Routes[(int)(key >> 32)];
            var b = filtered.State.Routes[(int)(key & 0xffffffff)];
            Assert.True(CircleSector.Overlap(a.Sector, b.Sector));
        }

        foreach (long key in linked.Except(kept))
        {
            var a = filtered.State.Routes[(int)(key >> 32)];
            var b = filtered.State.Routes[(int)(key & 0xffffffff)];
            Assert.False(CircleSector.Overlap(a.Sector, b.Sector));
        }
    }

    [Fact]
    public void Without_coordinates_the_search_is_the_same_as_with_the_filter_and_the_polar_tour_order_off()
    {
        var plain = RandomInstances.Create(Variant.Cvrp, 60, 4);
        var located = RandomInstances.Create(Variant.Cvrp, 60, 4, coordinates: true);
        var options = new SolverOptions { Seed = 9, MaxIterations = 120 };
        var off = options with { Parameters = new GeneticParameters { SwapStarSectorFilter = false, GiantTourByAngle = false } };
        var a = RoutingSolver.Solve(plain, options, cancellationToken: TestContext.Current.CancellationToken);
        var b = RoutingSolver.Solve(located, off, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(a.Best.Cost, b.Best.Cost);
        Assert.Equal(Describe(a), Describe(b));
    }

    [Fact]
    public void With_coordinates_the_same_seed_gives_the_same_solution()
    {
        var data = RandomInstances.Create(Variant.Vrptw, 60, 8, coordinates: true);
        var options = new SolverOptions { Seed = 17, MaxIterations = 150 };
        var a = RoutingSolver.Solve(data, options, cancellationToken: TestContext.Current.CancellationToken);
        var b = RoutingSolver.Solve(data, options, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(a.Best.Cost, b.Best.Cost);
        Assert.Equal(Describe(a), Describe(b));
        Assert.True(a.Best.IsFeasible);
        Assert.Equal(a.Best.Cost, ReferenceEvaluator.SolutionCost(data, a.Best.Routes.Select(r => (r.VehicleType, r.Clients))));
    }

    [Fact]
    public void Multi_depot_routes_from_different_depots_are_never_filtered()
    {
        var data = RandomInstances.Create(Variant.MultiDepot, 60, 2, coordinates: true);
        var solved = RoutingSolver.Solve(data, new SolverOptions { Seed = 1, MaxIterations = 30 }, cancellationToken: TestContext.Current.CancellationToken);
        var slots = solved.Best.Routes.Select(r => r.VehicleType).ToList();
        var routes = solved.Best.Routes.Select(r => (IReadOnlyList<int>)r.Clients.Select(data.LocationOfClient).ToList()).ToList();
        var filtered = LoadedSearch(data, slots, routes, sectorFilter: true);
        var all = LoadedSearch(data, slots, routes, sectorFilter: false);
        var kept = filtered.CollectRoutePairs().ToHashSet();
        var crossDepot = all.CollectRoutePairs().Where(key =>
            filtered.State.Routes[(int)(key >> 32)].StartDepot != filtered.State.Routes[(int)(key & 0xffffffff)].StartDepot).ToList();
        Assert.NotEmpty(crossDepot);
        Assert.All(crossDepot, key => Assert.Contains(key, kept));
    }

    private static LocalSearch LoadedSearch(ProblemData data, IReadOnlyList<int> slots, IReadOnlyList<IReadOnlyList<int>> routes, bool sectorFilter)
    {
        var servable = Enumerable.Repeat(true, data.NumLocations).ToArray();
        var neighbours = Neighbourhood.Compute(data, 20, servable);
        var ls = new LocalSearch(data, slots, neighbours, servable, swapStar: true, sectorFilter: sectorFilter);
        ls.State.Cost = new CostEvaluator(100, 100, 100);
        ls.State.Load(routes);
        return ls;
    }

    private static string Describe(SolveResult r) =>
        string.Join(';', r.Best.Routes.Select(x => $"{x.VehicleType}:{string.Join(',', x.Clients)}"));
}
