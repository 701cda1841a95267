namespace Logistics.Routing.Search.Operators;

/// <summary>
/// 2-opt within a route: reverses the visits strictly after <c>u</c> up to and including <c>v</c>
/// (u before v in the same route). The reversed part is evaluated node by node.
/// </summary>
internal sealed class TwoOpt : INodeOperator
{
    private readonly SearchState _s;

    public TwoOpt(SearchState state) => _s = state;

    public string Name => "2-opt";

    public long Evaluate(int u, SearchRoute rv, int pv) => Build(u, rv, pv) ? _s.DeltaIfPromising(_s.First) : 0;

    public void Apply(int u, SearchRoute rv, int pv)
    {
        if (Build(u, rv, pv))
        {
            _s.Commit(_s.First);
        }
    }

    private bool Build(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        if (ru != rv || pv - pu < 2 || pv > rv.NumClients)
        {
            return false;
        }

        _s.First.Start(ru, pu).Add(Piece.ReversedRange(ru, pu + 1, pv)).AddRange(ru, pv + 1, ru.NumClients);
        return true;
    }
}
