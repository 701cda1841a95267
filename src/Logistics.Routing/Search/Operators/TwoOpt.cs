namespace Logistics.Routing.Search.Operators;

/// <summary>
/// 2-opt within a route: reverses the visits strictly after <c>u</c> up to and including <c>v</c>
/// (u before v in the same route). The distance bound is O(1); the exact evaluation walks the reversed part.
/// </summary>
internal sealed class TwoOpt : INodeOperator
{
    private readonly SearchState _s;

    public TwoOpt(SearchState state) => _s = state;

    public string Name => "2-opt";

    public long Evaluate(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        if (ru != rv || pv - pu < 2 || pv > rv.NumClients)
        {
            return 0;
        }

        // Distance bound in O(1): the reversed part costs its backward prefix difference.
        int nl = _s.Data.NumLocations;
        var d = ru.BoundMatrix;
        var nodes = ru.Nodes;
        var dp = ru.DistPrefix;
        long newDistance = dp[pu] + d[nodes[pu] * nl + nodes[pv]] + (ru.RevDistPrefix[pv] - ru.RevDistPrefix[pu + 1])
            + d[nodes[pu + 1] * nl + nodes[pv + 1]] + (dp[ru.NumClients + 1] - dp[pv + 1]);
        if (_s.DistanceBound(ru, newDistance, ru.NumClients) >= 0)
        {
            return 0;
        }

        Build(u, rv, pv);
        return _s.Delta(_s.First);
    }

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
