namespace Logistics.Routing.Search.Operators;

/// <summary>
/// The other 2-opt* between two routes (HGS-CVRP's move 8): <c>u</c> is linked to <c>v</c> and the client after
/// <c>u</c> to the client after <c>v</c>. The route of <c>u</c> keeps its part up to <c>u</c> and continues with the
/// start of the other route up to <c>v</c>, reversed; the other route starts with the tail of <c>u</c>'s route,
/// reversed, and keeps its part after <c>v</c>. With <c>pv = 0</c> the tail of <c>u</c>'s route goes, reversed, to the
/// front of the other route. <see cref="TwoOptStar"/> is the variant without reversal.
/// </summary>
internal sealed class ReversedTwoOptStar : INodeOperator
{
    private readonly SearchState _s;

    public ReversedTwoOptStar(SearchState state) => _s = state;

    public string Name => "2-opt* (reversed)";

    public long Evaluate(int u, SearchRoute rv, int pv)
    {
        if (!Applies(u, rv, pv))
        {
            return 0;
        }

        var ru = _s.RouteOfClient(u);
        if (ru.Profile == rv.Profile)
        {
            // Distance bound from prefix sums (reversed parts from the backward sums) and the four new edges, before
            // any proposal is built.
            int pu = _s.PosOf[u];
            int nl = _s.Data.NumLocations;
            var d = ru.BoundMatrix;
            var un = ru.Nodes;
            var vn = rv.Nodes;
            int nu = ru.NumClients, nv = rv.NumClients;
            long newU = ru.DistPrefix[pu] + (pv >= 1
                ? d[u * nl + vn[pv]] + rv.RevDistPrefix[pv] - rv.RevDistPrefix[1] + d[vn[1] * nl + un[nu + 1]]
                : d[u * nl + un[nu + 1]]);
            long newV = (pu < nu
                ? d[vn[0] * nl + un[nu]] + ru.RevDistPrefix[nu] - ru.RevDistPrefix[pu + 1] + d[un[pu + 1] * nl + vn[pv + 1]]
                : d[vn[0] * nl + vn[pv + 1]]) + rv.DistPrefix[nv + 1] - rv.DistPrefix[pv + 1];
            if (_s.DistanceBound(ru, newU, pu + pv) + _s.DistanceBound(rv, newV, nu - pu + nv - pv) >= 0)
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

        // Nothing moves when both exchanged parts are empty.
        return ru != rv && pv <= rv.NumClients && !(pu == ru.NumClients && pv == 0);
    }

    private void Build(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        var a = _s.First.Start(ru, pu);
        if (pv >= 1)
        {
            a.Add(Piece.ReversedRange(rv, 1, pv));
        }

        var b = _s.Second.Start(rv, 0);
        if (pu < ru.NumClients)
        {
            b.Add(Piece.ReversedRange(ru, pu + 1, ru.NumClients));
        }

        b.AddRange(rv, pv + 1, rv.NumClients);
    }
}
