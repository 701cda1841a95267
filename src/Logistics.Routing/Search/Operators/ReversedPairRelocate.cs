namespace Logistics.Routing.Search.Operators;

/// <summary>
/// Moves <c>u</c> and the client after it to just after position <c>pv</c>, in reverse order (HGS-CVRP's move 3:
/// <c>x, u</c> after <c>v</c>). Works within and between routes; within a route, <c>pv</c> just before <c>u</c> turns
/// the pair around in place. <see cref="Exchange"/>(2, 0) is the variant that keeps the order.
/// </summary>
internal sealed class ReversedPairRelocate : INodeOperator
{
    private readonly SearchState _s;

    public ReversedPairRelocate(SearchState state) => _s = state;

    public string Name => "Relocate pair (reversed)";

    public long Evaluate(int u, SearchRoute rv, int pv)
    {
        if (!Applies(u, rv, pv))
        {
            return 0;
        }

        var ru = _s.RouteOfClient(u);
        if (ru != rv && ru.Profile == rv.Profile)
        {
            // Distance bound from prefix sums and the new edges, before any proposal is built.
            int pu = _s.PosOf[u];
            int nl = _s.Data.NumLocations;
            var d = ru.BoundMatrix;
            var un = ru.Nodes;
            var vn = rv.Nodes;
            var du = ru.DistPrefix;
            var dv = rv.DistPrefix;
            int nu = ru.NumClients, nv = rv.NumClients;
            long newU = du[nu + 1] - (du[pu + 2] - du[pu - 1]) + d[un[pu - 1] * nl + un[pu + 2]];
            long newV = dv[nv + 1] - (dv[pv + 1] - dv[pv]) + d[vn[pv] * nl + un[pu + 1]]
                + ru.RevDistPrefix[pu + 1] - ru.RevDistPrefix[pu] + d[u * nl + vn[pv + 1]];
            if (_s.DistanceBound(ru, newU, nu - 2) + _s.DistanceBound(rv, newV, nv + 2) >= 0)
            {
                return 0;
            }

            Build(u, rv, pv);
            return _s.Delta(_s.First) + _s.Delta(_s.Second);
        }

        Build(u, rv, pv);
        return ru == rv ? _s.DeltaIfPromising(_s.First) : _s.DeltaIfPromising(_s.First, _s.Second);
    }

    public void Apply(int u, SearchRoute rv, int pv)
    {
        if (!Applies(u, rv, pv))
        {
            return;
        }

        var ru = _s.RouteOfClient(u);
        Build(u, rv, pv);
        if (ru == rv)
        {
            _s.Commit(_s.First);
        }
        else
        {
            _s.Commit(_s.First, _s.Second);
        }
    }

    private bool Applies(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        if (pu + 1 > ru.NumClients || pv > rv.NumClients)
        {
            return false;
        }

        return ru != rv || pv < pu || pv > pu + 1;
    }

    private void Build(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        var pair = Piece.ReversedRange(ru, pu, pu + 1);
        if (ru != rv)
        {
            _s.First.Start(ru, pu - 1).AddRange(ru, pu + 2, ru.NumClients);
            _s.Second.Start(rv, pv).Add(pair).AddRange(rv, pv + 1, rv.NumClients);
            return;
        }

        int last = ru.NumClients;
        if (pv < pu)
        {
            _s.First.Start(ru, pv).Add(pair).AddRange(ru, pv + 1, pu - 1).AddRange(ru, pu + 2, last);
        }
        else
        {
            _s.First.Start(ru, pu - 1).AddRange(ru, pu + 2, pv).Add(pair).AddRange(ru, pv + 1, last);
        }
    }
}
