using Logistics.Routing.Search;
using Logistics.Routing.Search.Operators;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Search.Operators;

/// <summary>Each operator's evaluated delta equals the change of the penalised cost recomputed from scratch after applying it.</summary>
public class OperatorDeltaTests
{
    public static TheoryData<Variant> Variants()
    {
        var data = new TheoryData<Variant>();
        foreach (var v in Enum.GetValues<Variant>())
        {
            data.Add(v);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Node_operator_delta_equals_recomputed_cost_change(Variant variant)
    {
        for (int seed = 0; seed < 6; seed++)
        {
            var data = RandomInstances.Create(variant, 12, seed);
            var rng = new Random(seed);
            var slots = Enumerable.Range(0, data.VehicleTypes.Count).SelectMany(t => Enumerable.Repeat(t, Math.Min(4, data.VehicleTypes[t].Count))).ToArray();
            var state = new SearchState(data, slots);
            state.Load(RandomRoutes(data, slots.Length, rng));
            state.Cost = new CostEvaluator(rng.Next(1, 30), rng.Next(1, 30), rng.Next(1, 30));
            INodeOperator[] ops =
            [
                new Exchange(state, 1, 0), new Exchange(state, 2, 0), new Exchange(state, 1, 1),
                new Exchange(state, 2, 1), new Exchange(state, 2, 2), new TwoOpt(state), new TwoOptStar(state),
                new ReversedPairRelocate(state), new ReversedTwoOptStar(state),
            ];
            int exact = 0;
            for (int trial = 0; trial < 300; trial++)
            {
                var op = ops[rng.Next(ops.Length)];
                var routed = Enumerable.Range(data.NumDepots, data.NumClients).Where(l => state.RouteOf[l] >= 0).ToArray();
                int u = routed[rng.Next(routed.Length)];
                var rv = state.Routes[rng.Next(state.Routes.Length)];
                int pv = rng.Next(rv.NumClients + 1);
                long before = Total(state);
                long delta = op.Evaluate(u, rv, pv);
                op.Apply(u, rv, pv);
                long after = Total(state);
                // Exact, or 0 when the distance bound proved that the move cannot improve.
                Assert.True(after - before == delta || (delta == 0 && after - before >= 0), $"{variant} seed {seed} trial {trial} {op.Name}: evaluated {delta}, actual {after - before}");
                exact += after - before == delta && delta != 0 ? 1 : 0;

                // The incrementally updated state equals a fresh load of the same routes.
                var fresh = new SearchState(data, slots) { Cost = state.Cost };
                fresh.Load(state.Export());
                Assert.Equal(after, Total(fresh));
                Assert.Equal(routed.Length, Enumerable.Range(data.NumDepots, data.NumClients).Count(l => state.RouteOf[l] >= 0));
            }

            Assert.True(exact > 20, $"{variant} seed {seed}: only {exact} non-zero exact deltas checked");
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Swap_star_only_applies_improving_moves(Variant variant)
    {
        for (int seed = 0; seed < 6; seed++)
        {
            var data = RandomInstances.Create(variant, 14, seed);
            var rng = new Random(seed);
            var slots = Enumerable.Range(0, data.VehicleTypes.Count).SelectMany(t => Enumerable.Repeat(t, Math.Min(4, data.VehicleTypes[t].Count))).ToArray();
            var state = new SearchState(data, slots);
            state.Load(RandomRoutes(data, slots.Length, rng));
            state.Cost = new CostEvaluator(rng.Next(1, 30), rng.Next(1, 30), rng.Next(1, 30));
            var op = new SwapStar(state);
            for (int trial = 0; trial < 50; trial++)
            {
                var a = state.Routes[rng.Next(state.Routes.Length)];
                var b = state.Routes[rng.Next(state.Routes.Length)];
                long before = Total(state);
                var clientsBefore = state.Export().SelectMany(r => r).Order().ToArray();
                bool applied = op.Improve(a, b);
                long after = Total(state);
                if (applied)
                {
                    Assert.True(after < before, $"{variant} seed {seed}: SWAP* applied a non-improving move ({before} -> {after})");
                }
                else
                {
                    Assert.Equal(before, after);
                }

                Assert.Equal(clientsBefore, state.Export().SelectMany(r => r).Order().ToArray());
            }
        }
    }

    internal static long Total(SearchState s) => s.Routes.Sum(s.CurrentCost);

    internal static int[][] RandomRoutes(Logistics.Routing.Problem.ProblemData data, int slots, Random rng)
    {
        var routes = Enumerable.Range(0, slots).Select(_ => new List<int>()).ToArray();
        for (int loc = data.NumDepots; loc < data.NumLocations; loc++)
        {
            routes[rng.Next(slots)].Add(loc);
        }

        return routes.Select(r => r.ToArray()).ToArray();
    }
}
