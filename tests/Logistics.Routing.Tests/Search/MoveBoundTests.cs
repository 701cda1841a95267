using Logistics.Routing.Problem;
using Logistics.Routing.Search;
using Logistics.Routing.Search.Operators;
using Logistics.Routing.Tests.Search.Operators;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Search;

/// <summary>
/// The O(1) distance bounds the operators test before building a move (prefix sums forwards and backwards) are valid on
/// asymmetric matrices, and SWAP*'s cached insertion places give the same moves as recomputing them.
/// </summary>
public class MoveBoundTests
{
    [Fact]
    public void Backward_prefix_sums_match_walking_the_route_in_reverse()
    {
        var data = Asymmetric(15, 3);
        var state = new SearchState(data, [0, 0, 0]);
        state.Load(OperatorDeltaTests.RandomRoutes(data, 3, new Random(3)));
        var dist = data.DistanceMatrix(0);
        int nl = data.NumLocations;
        foreach (var r in state.Routes)
        {
            for (int from = 1; from <= r.NumClients; from++)
            {
                for (int to = from; to <= r.NumClients; to++)
                {
                    long walked = 0;
                    for (int p = to; p > from; p--)
                    {
                        walked += dist[r.Nodes[p] * nl + r.Nodes[p - 1]];
                    }

                    Assert.Equal(walked, r.RevDistPrefix[to] - r.RevDistPrefix[from]);
                }
            }
        }
    }

    [Fact]
    public void Proposal_distance_with_reversed_pieces_equals_its_exact_evaluation()
    {
        var data = Asymmetric(14, 5);
        var rng = new Random(5);
        var state = new SearchState(data, [0, 0]);
        state.Load(OperatorDeltaTests.RandomRoutes(data, 2, rng));
        for (int trial = 0; trial < 200; trial++)
        {
            var a = state.Routes[rng.Next(2)];
            var b = state.Routes[rng.Next(2)];
            if (a.NumClients < 2 || b.NumClients < 2)
            {
                continue;
            }

            int cut = rng.Next(a.NumClients + 1);
            int from = rng.Next(1, b.NumClients + 1);
            int to = rng.Next(from, b.NumClients + 1);
            var p = state.First.Start(a, cut).Add(Piece.ReversedRange(b, from, to)).AddRange(a, cut + 1, a.NumClients);
            Assert.Equal(p.Evaluate().Distance, p.DistanceOnly().Distance);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Node_operator_bounds_hold_on_an_asymmetric_matrix(bool hugeEdges)
    {
        for (int seed = 0; seed < 4; seed++)
        {
            var data = Asymmetric(14, seed, hugeEdges);
            if (hugeEdges)
            {
                Assert.Contains(int.MaxValue, data.BoundDistanceMatrix(0));
            }

            var rng = new Random(seed);
            int[] slots = [0, 0, 0, 0];
            var state = new SearchState(data, slots);
            state.Load(OperatorDeltaTests.RandomRoutes(data, slots.Length, rng));
            state.Cost = new CostEvaluator(rng.Next(1, 30), 1, 1);
            INodeOperator[] ops =
            [
                new Exchange(state, 1, 0), new Exchange(state, 2, 0), new Exchange(state, 1, 1),
                new Exchange(state, 2, 1), new Exchange(state, 2, 2), new TwoOpt(state), new TwoOptStar(state),
            ];
            int exact = 0;
            for (int trial = 0; trial < 400; trial++)
            {
                var op = ops[rng.Next(ops.Length)];
                int u = rng.Next(data.NumDepots, data.NumLocations);
                var rv = state.Routes[rng.Next(state.Routes.Length)];
                int pv = rng.Next(rv.NumClients + 1);
                long before = OperatorDeltaTests.Total(state);
                long delta = op.Evaluate(u, rv, pv);
                op.Apply(u, rv, pv);
                long after = OperatorDeltaTests.Total(state);
                Assert.True(after - before == delta || (delta == 0 && after - before >= 0), $"seed {seed} trial {trial} {op.Name}: evaluated {delta}, actual {after - before}");
                exact += delta != 0 ? 1 : 0;
            }

            Assert.True(exact > 20, $"seed {seed}: only {exact} exact deltas checked");
        }
    }

    [Theory]
    [InlineData(Variant.Cvrp)]
    [InlineData(Variant.Vrptw)]
    [InlineData(Variant.TwoDimensions)]
    public void Swap_star_with_cached_insertion_places_makes_the_same_moves_as_without(Variant variant)
    {
        for (int seed = 0; seed < 4; seed++)
        {
            var data = RandomInstances.Create(variant, 20, seed);
            var rng = new Random(seed);
            var slots = Enumerable.Repeat(0, Math.Min(5, data.VehicleTypes[0].Count)).ToArray();
            var routes = OperatorDeltaTests.RandomRoutes(data, slots.Length, rng);
            var cost = new CostEvaluator(rng.Next(1, 30), rng.Next(1, 30), 1);
            var cached = new SearchState(data, slots) { Cost = cost };
            var fresh = new SearchState(data, slots) { Cost = cost };
            cached.Load(routes);
            fresh.Load(routes);
            var op = new SwapStar(cached);
            for (int trial = 0; trial < 60; trial++)
            {
                int a = rng.Next(slots.Length), b = rng.Next(slots.Length);
                bool x = op.Improve(cached.Routes[a], cached.Routes[b]);
                bool y = new SwapStar(fresh).Improve(fresh.Routes[a], fresh.Routes[b]);
                Assert.Equal(y, x);
                Assert.Equal(fresh.Export(), cached.Export());
            }
        }
    }

    /// <summary>
    /// A CVRP instance whose distances differ by direction; with <paramref name="hugeEdges"/> a fifth of the edges are
    /// longer than <see cref="int.MaxValue"/> (clamped in the 32-bit bound matrix).
    /// </summary>
    private static ProblemData Asymmetric(int clients, int seed, bool hugeEdges = false)
    {
        var rng = new Random(seed);
        int n = clients + 1;
        var m = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = i == j ? 0 : rng.Next(5, 100);
                if (hugeEdges && i != j && rng.Next(5) == 0)
                {
                    m[i, j] = 3_000_000_000L + rng.Next(1000);
                }
            }
        }

        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        for (int c = 0; c < clients; c++)
        {
            b.AddClient(new Client($"C{c}", [rng.Next(1, 10)], [0], 0, [TimeWindow.Unbounded]));
        }

        b.AddVehicleType(new VehicleType("v", 4, [20]));
        b.AddProfile(m, (long[,])m.Clone());
        return b.Build();
    }
}
