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

    public long Evaluate(int u, SearchRoute rv, int pv)
    {
        if (!Applies(u, rv, pv))
        {
            return 0;
        }

        var ru = _s.RouteOfClient(u);
        if (ru.Profile == rv.Profile && ru.EndDepot == rv.EndDepot)
        {
            // Tails keep their edges to the (shared) end depot: a few lookups give the new distances, before any
            // proposal is built.
            int pu = _s.PosOf[u];
            int nl = _s.Data.NumLocations;
            var d = ru.BoundMatrix;
            var du = ru.DistPrefix;
            var dv = rv.DistPrefix;
            long tailU = du[ru.NumClients + 1] - du[pu + 1];
            long tailV = dv[rv.NumClients + 1] - dv[pv + 1];
            long newU = du[pu] + d[ru.Nodes[pu] * nl + rv.Nodes[pv + 1]] + tailV;
            long newV = dv[pv] + d[rv.Nodes[pv] * nl + ru.Nodes[pu + 1]] + tailU;
            int countU = pu + (rv.NumClients - pv);
            int countV = pv + (ru.NumClients - pu);
            if (_s.DistanceBound(ru, newU, countU) + _s.DistanceBound(rv, newV, countV) >= 0)
            {
                return 0;
            }

            Build(u, rv, pv);
            return _s.Delta(_s.First) + _s.Delta(_s.Second);
        }

        Build(u, rv, pv);
        return _s.DeltaIfPromising(_s.First, _s.Second);
    }

    public void Apply(int u, SearchRoute rv, int pv)
    {
        if (Applies(u, rv, pv))
        {
            Build(u, rv, pv);
            _s.Commit(_s.First, _s.Second);
        }
    }

    private bool Applies(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        return ru != rv && pv <= rv.NumClients && !(pu == ru.NumClients && pv == rv.NumClients);
    }

    private void Build(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        _s.First.Start(ru, pu).AddRange(rv, pv + 1, rv.NumClients);
        _s.Second.Start(rv, pv).AddRange(ru, pu + 1, ru.NumClients);
    }
}
