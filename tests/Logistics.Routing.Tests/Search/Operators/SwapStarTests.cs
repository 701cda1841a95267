using Logistics.Routing.Problem;
using Logistics.Routing.Search;
using Logistics.Routing.Search.Operators;

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
}
