namespace Logistics.Routing.Search.Operators;

/// <summary>
/// Exchange(N, M): swaps the N consecutive clients starting at <c>u</c> with the M consecutive clients starting at
/// <c>v</c>; with M = 0 the N clients are moved to just after <c>v</c> (relocate). (1,0) is relocate, (1,1) swap,
/// (2,0), (2,1), (2,2) their two-client variants. Works within and between routes.
/// </summary>
internal sealed class Exchange : INodeOperator
{
    private readonly SearchState _s;
    private readonly int _n;
    private readonly int _m;

    public Exchange(SearchState state, int n, int m)
    {
        if (n < 1 || m < 0 || m > n)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "Exchange needs N >= 1 and 0 <= M <= N.");
        }

        _s = state;
        _n = n;
        _m = m;
    }

    public string Name => $"Exchange({_n},{_m})";

    public long Evaluate(int u, SearchRoute rv, int pv)
    {
        if (!Build(u, rv, pv, out bool two))
        {
            return 0;
        }

        if (two && QuickBound(u, rv, pv) >= 0)
        {
            return 0;
        }

        return two ? _s.DeltaIfPromising(_s.First, _s.Second) : _s.DeltaIfPromising(_s.First);
    }

    public void Apply(int u, SearchRoute rv, int pv)
    {
        if (!Build(u, rv, pv, out bool two))
        {
            return;
        }

        if (two)
        {
            _s.Commit(_s.First, _s.Second);
        }
        else
        {
            _s.Commit(_s.First);
        }
    }

    /// <summary>
    /// Distance-only lower bound of an inter-route move from a few matrix lookups and prefix sums (when both routes
    /// share a travel profile); otherwise the general bound of the proposals.
    /// </summary>
    private long QuickBound(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        if (ru.Profile != rv.Profile)
        {
            return _s.DeltaLowerBound(_s.First) + _s.DeltaLowerBound(_s.Second);
        }

        int pu = _s.PosOf[u];
        int n = _n, m = _m;
        int nl = _s.Data.NumLocations;
        var d = ru.DistanceMatrix;
        var un = ru.Nodes;
        var vn = rv.Nodes;
        var du = ru.DistPrefix;
        var dv = rv.DistPrefix;
        long segU = du[pu + n - 1] - du[pu];
        long oldU = du[pu + n] - du[pu - 1];
        int uFirst = un[pu], uLast = un[pu + n - 1];
        long newU, newV;
        if (m == 0)
        {
            newU = du[ru.NumClients + 1] - oldU + d[un[pu - 1] * nl + un[pu + n]];
            newV = dv[rv.NumClients + 1] - (dv[pv + 1] - dv[pv]) + d[vn[pv] * nl + uFirst] + segU + d[uLast * nl + vn[pv + 1]];
        }
        else
        {
            long segV = dv[pv + m - 1] - dv[pv];
            long oldV = dv[pv + m] - dv[pv - 1];
            int vFirst = vn[pv], vLast = vn[pv + m - 1];
            newU = du[ru.NumClients + 1] - oldU + d[un[pu - 1] * nl + vFirst] + segV + d[vLast * nl + un[pu + n]];
            newV = dv[rv.NumClients + 1] - oldV + d[vn[pv - 1] * nl + uFirst] + segU + d[uLast * nl + vn[pv + m]];
        }

        return _s.DistanceBound(ru, newU, ru.NumClients - n + m) + _s.DistanceBound(rv, newV, rv.NumClients - m + n);
    }

    private bool Build(int u, SearchRoute rv, int pv, out bool two)
    {
        two = false;
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        int n = _n, m = _m;
        if (pu + n - 1 > ru.NumClients)
        {
            return false;
        }

        if (m > 0)
        {
            if (pv < 1 || pv + m - 1 > rv.NumClients)
            {
                return false;
            }

            if (n == m && u >= rv.Nodes[pv])
            {
                return false; // symmetric: evaluated once, from the smaller location
            }
        }
        else if (pv > rv.NumClients)
        {
            return false;
        }

        var a = _s.First;
        if (ru != rv)
        {
            two = true;
            var b = _s.Second;
            if (m == 0)
            {
                a.Start(ru, pu - 1).AddRange(ru, pu + n, ru.NumClients);
                b.Start(rv, pv).AddRange(ru, pu, pu + n - 1).AddRange(rv, pv + 1, rv.NumClients);
            }
            else
            {
                a.Start(ru, pu - 1).AddRange(rv, pv, pv + m - 1).AddRange(ru, pu + n, ru.NumClients);
                b.Start(rv, pv - 1).AddRange(ru, pu, pu + n - 1).AddRange(rv, pv + m, rv.NumClients);
            }

            return true;
        }

        int last = ru.NumClients;
        if (m == 0)
        {
            if (pv >= pu - 1 && pv <= pu + n - 1)
            {
                return false;
            }

            if (pu < pv)
            {
                a.Start(ru, pu - 1).AddRange(ru, pu + n, pv).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + 1, last);
            }
            else
            {
                a.Start(ru, pv).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + 1, pu - 1).AddRange(ru, pu + n, last);
            }

            return true;
        }

        if (!(pv + m - 1 < pu || pv > pu + n - 1))
        {
            return false; // overlapping segments
        }

        if (pu < pv)
        {
            a.Start(ru, pu - 1).AddRange(ru, pv, pv + m - 1).AddRange(ru, pu + n, pv - 1).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + m, last);
        }
        else
        {
            a.Start(ru, pv - 1).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + m, pu - 1).AddRange(ru, pv, pv + m - 1).AddRange(ru, pu + n, last);
        }

        return true;
    }
}
