using Logistics.Routing.Problem;
using Logistics.Routing.Search;
using Logistics.Routing.Search.Operators;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Search.Operators;

public class SwapStarTests
{
    /// <summary>
    /// Points on a line: the depot at 0, client a1 at -20 and a2 at 21 on route A, b1 at 20 and b2 at 22 on route B.
    /// Swapping a2 with a client of B gains a little; moving a2 alone into B, between b1 and b2, gains much more.
    /// </summary>
    [Fact]
    public void Moves_a_single_client_to_the_other_route_when_that_beats_every_swap()
    {
        double[] x = [0, -20, 21, 20, 22];
        int n = x.Length;
        var m = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (long)Math.Abs(x[i] - x[j]);
            }
        }

        var b = new ProblemBuilder();
        b.AddDepot(new Depot("D"));
        foreach (var name in new[] { "a1", "a2", "b1", "b2" })
        {
            b.AddClient(new Client(name, [1], [0], 0, [TimeWindow.Unbounded], true, 0));
        }

        b.AddProfile(m, (long[,])m.Clone());
        b.AddVehicleType(new VehicleType("v", 2, [10]));
        var data = b.Build();
        var state = new SearchState(data, [0, 0]) { Cost = new CostEvaluator(1, 1, 1) };
        state.Load([[1, 2], [3, 4]]);
        Assert.Equal(82 + 44, OperatorDeltaTests.Total(state));

        Assert.True(new SwapStar(state).Improve(state.Routes[0], state.Routes[1]));

        Assert.Equal([[1], [3, 2, 4]], state.Export());
        Assert.Equal(40 + 44, OperatorDeltaTests.Total(state));
    }

    /// <summary>
    /// With distance and one-way loads only (CVRP), SWAP*'s estimate is exact, so the move it applies must be as good as
    /// the best of all swaps (each client put anywhere in the other route) and all single-client moves, found by brute
    /// force with the penalised cost recomputed from scratch.
    /// </summary>
    [Theory]
    [InlineData(Variant.Cvrp)]
    [InlineData(Variant.TwoDimensions)]
    public void Applies_the_best_swap_or_single_move_under_distance_and_one_way_loads(Variant variant)
    {
        int improvements = 0;
        for (int seed = 0; seed < 25; seed++)
        {
            var data = RandomInstances.Create(variant, 12, seed);
            Assert.True(data.TimeFree && data.OneWayLoads);
            var rng = new Random(seed);
            var clients = Enumerable.Range(data.NumDepots, data.NumClients).OrderBy(_ => rng.Next()).ToArray();
            int[] a = clients[..6], b = clients[6..];
            var cost = new CostEvaluator(rng.Next(1, 20), 1, 1);

            long Cost(int[] ra, int[] rb)
            {
                var fresh = new SearchState(data, [0, 0]) { Cost = cost };
                fresh.Load([ra, rb]);
                return OperatorDeltaTests.Total(fresh);
            }

            long before = Cost(a, b);
            long best = 0;
            for (int i = 0; i < a.Length; i++)
            {
                var aWithout = a.Where((_, k) => k != i).ToArray();
                for (int at = 0; at <= b.Length; at++)
                {
                    best = Math.Min(best, Cost(aWithout, [.. b[..at], a[i], .. b[at..]]) - before);
                }

                for (int j = 0; j < b.Length; j++)
                {
                    var bWithout = b.Where((_, k) => k != j).ToArray();
                    for (int at = 0; at <= bWithout.Length; at++)
                    {
                        var newB = bWithout[..at].Append(a[i]).Concat(bWithout[at..]).ToArray();
                        for (int at2 = 0; at2 <= aWithout.Length; at2++)
                        {
                            var newA = aWithout[..at2].Append(b[j]).Concat(aWithout[at2..]).ToArray();
                            best = Math.Min(best, Cost(newA, newB) - before);
                        }
                    }
                }
            }

            for (int j = 0; j < b.Length; j++)
            {
                var bWithout = b.Where((_, k) => k != j).ToArray();
                for (int at = 0; at <= a.Length; at++)
                {
                    best = Math.Min(best, Cost([.. a[..at], b[j], .. a[at..]], bWithout) - before);
                }
            }

            var state = new SearchState(data, [0, 0]) { Cost = cost };
            state.Load([a, b]);
            bool applied = new SwapStar(state).Improve(state.Routes[0], state.Routes[1]);
            long delta = OperatorDeltaTests.Total(state) - before;
            Assert.Equal(best < 0, applied);
            Assert.True(delta == best, $"{variant} seed {seed}: SWAP* gained {-delta}, the best move gains {-best}");
            improvements += applied ? 1 : 0;
        }

        Assert.True(improvements >= 20, $"only {improvements} of 25 random route pairs had an improving move");
    }
}
