namespace Logistics.Routing.Search.Operators;

/// <summary>
/// 2-opt* between two routes: the tail after <c>u</c> and the tail after position <c>pv</c> of the other route are
/// exchanged. With <c>pv = 0</c> (or an empty route) it moves a whole tail.
/// </summary>
internal sealed class TwoOptStar : INodeOperator
{
    private readonly SearchState _s;

    public TwoOptStar(SearchState state) => _s = state;

    public string Name => "2-opt*";

    public long Evaluate(int u, SearchRoute rv, int pv) =>
        Build(u, rv, pv) ? _s.DeltaIfPromising(_s.First, _s.Second) : 0;

    public void Apply(int u, SearchRoute rv, int pv)
    {
        if (Build(u, rv, pv))
        {
            _s.Commit(_s.First, _s.Second);
        }
    }

    private bool Build(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        if (ru == rv || pv > rv.NumClients || (pu == ru.NumClients && pv == rv.NumClients))
        {
            return false;
        }

        _s.First.Start(ru, pu).AddRange(rv, pv + 1, rv.NumClients);
        _s.Second.Start(rv, pv).AddRange(ru, pu + 1, ru.NumClients);
        return true;
    }
}
