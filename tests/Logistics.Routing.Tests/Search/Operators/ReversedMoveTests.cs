using Logistics.Routing.Search;
using Logistics.Routing.Search.Operators;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Search.Operators;

/// <summary>The two HGS-CVRP moves with a reversed part: what they build, checked on hand-made routes.</summary>
public class ReversedMoveTests
{
    private static SearchState Loaded(params int[][] routes)
    {
        var data = RandomInstances.Create(Variant.Cvrp, 8, 5);
        var state = new SearchState(data, [0, 0, 0]) { Cost = new CostEvaluator(1, 1, 1) };
        state.Load(routes.Select(r => (IReadOnlyList<int>)r).ToList());
        return state;
    }

    [Fact]
    public void Reversed_two_opt_star_links_u_to_v_and_their_successors_to_each_other()
    {
        var s = Loaded([1, 2, 3], [4, 5, 6], []);
        new ReversedTwoOptStar(s).Apply(2, s.Routes[1], 2);
        Assert.Equal([[1, 2, 5, 4], [3, 6], []], s.Export());

        // From the depot of the other route: u's tail goes, reversed, to its front.
        s = Loaded([1, 2, 3], [4, 5, 6], []);
        new ReversedTwoOptStar(s).Apply(1, s.Routes[1], 0);
        Assert.Equal([[1], [3, 2, 4, 5, 6], []], s.Export());
    }

    [Fact]
    public void Reversed_pair_relocation_moves_u_and_its_successor_after_v_in_reverse_order()
    {
        var s = Loaded([1, 2, 3], [4, 5, 6], []);
        new ReversedPairRelocate(s).Apply(1, s.Routes[1], 1);
        Assert.Equal([[3], [4, 2, 1, 5, 6], []], s.Export());

        // Within a route, after a later client and before u (in place: the pair turns around).
        s = Loaded([1, 2, 3, 4, 5], [], []);
        new ReversedPairRelocate(s).Apply(2, s.Routes[0], 4);
        Assert.Equal([[1, 4, 3, 2, 5], [], []], s.Export());
        s = Loaded([1, 2, 3, 4, 5], [], []);
        new ReversedPairRelocate(s).Apply(3, s.Routes[0], 2);
        Assert.Equal([[1, 2, 4, 3, 5], [], []], s.Export());
    }

    [Fact]
    public void Moves_that_change_nothing_or_overlap_are_not_applicable()
    {
        var s = Loaded([1, 2, 3], [4, 5, 6], []);
        Assert.Equal(0, new ReversedTwoOptStar(s).Evaluate(3, s.Routes[1], 0));
        Assert.Equal(0, new ReversedPairRelocate(s).Evaluate(3, s.Routes[1], 1)); // no client after u
        Assert.Equal(0, new ReversedPairRelocate(s).Evaluate(1, s.Routes[0], 1)); // v is u itself
        Assert.Equal(0, new ReversedPairRelocate(s).Evaluate(1, s.Routes[0], 2)); // v is the pair's second client
    }
}
