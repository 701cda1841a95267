using System.Runtime.CompilerServices;

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
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        if (!Applies(ru, pu, u, rv, pv))
        {
            return 0;
        }

        if (ru != rv && ru.Profile == rv.Profile)
        {
            // The distance bound needs only positions and prefix sums: test it before building the proposals.
            if (QuickBound(ru, pu, rv, pv) >= 0)
            {
                return 0;
            }

            Build(u, rv, pv);
            return _s.Delta(_s.First) + _s.Delta(_s.Second);
        }

        if (ru == rv)
        {
            if (IntraBound(ru, pu, pv) >= 0)
            {
                return 0;
            }

            Build(u, rv, pv);
            return _s.Delta(_s.First);
        }

        Build(u, rv, pv);
        return _s.DeltaIfPromising(_s.First, _s.Second);
    }

    public void Apply(int u, SearchRoute rv, int pv)
    {
        if (!Applies(_s.RouteOfClient(u), _s.PosOf[u], u, rv, pv))
        {
            return;
        }

        if (Build(u, rv, pv))
        {
            _s.Commit(_s.First, _s.Second);
        }
        else
        {
            _s.Commit(_s.First);
        }
    }

    /// <summary>
    /// Distance-only lower bound of an inter-route move between routes of the same travel profile, from prefix sums
    /// (exact) and a few added edges from the 32-bit bound matrix, without building the proposals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long QuickBound(SearchRoute ru, int pu, SearchRoute rv, int pv)
    {
        int n = _n, m = _m;
        int nl = _s.Data.NumLocations;
        var d = ru.BoundMatrix;
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

    /// <summary>
    /// Distance-only lower bound of a move within one route: the pieces keep their direction, so the new distance is
    /// the old one minus the edges cut (exact, from prefix sums) plus the edges added (from the 32-bit bound matrix).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long IntraBound(SearchRoute r, int pu, int pv)
    {
        int nl = _s.Data.NumLocations;
        var d = r.BoundMatrix;
        var nodes = r.Nodes;
        var dp = r.DistPrefix;
        long total = dp[r.NumClients + 1];
        long newDistance;
        if (_m == 0)
        {
            int s = pu, e = pu + _n - 1;
            newDistance = total - (dp[s] - dp[s - 1]) - (dp[e + 1] - dp[e]) - (dp[pv + 1] - dp[pv])
                + d[nodes[s - 1] * nl + nodes[e + 1]] + d[nodes[pv] * nl + nodes[s]] + d[nodes[e] * nl + nodes[pv + 1]];
        }
        else
        {
            int s1 = Math.Min(pu, pv), s2 = Math.Max(pu, pv);
            int e1 = s1 + (s1 == pu ? _n : _m) - 1, e2 = s2 + (s2 == pu ? _n : _m) - 1;
            newDistance = total - (dp[s1] - dp[s1 - 1]) - (dp[e2 + 1] - dp[e2])
                + d[nodes[s1 - 1] * nl + nodes[s2]] + d[nodes[e1] * nl + nodes[e2 + 1]];
            if (s2 == e1 + 1)
            {
                newDistance += d[nodes[e2] * nl + nodes[s1]] - (dp[s2] - dp[e1]);
            }
            else
            {
                newDistance += (long)d[nodes[e2] * nl + nodes[e1 + 1]] + d[nodes[s2 - 1] * nl + nodes[s1]]
                    - (dp[e1 + 1] - dp[e1]) - (dp[s2] - dp[s2 - 1]);
            }
        }

        return _s.DistanceBound(r, newDistance, r.NumClients);
    }

    /// <summary>Whether the move is defined for these arguments (segments inside their routes, not overlapping).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Applies(SearchRoute ru, int pu, int u, SearchRoute rv, int pv)
    {
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

        if (ru != rv)
        {
            return true;
        }

        if (m == 0)
        {
            return pv < pu - 1 || pv > pu + n - 1;
        }

        return pv + m - 1 < pu || pv > pu + n - 1; // segments must not overlap
    }

    /// <summary>Builds the proposals of a move that <see cref="Applies"/>; returns true when it involves two routes.</summary>
    private bool Build(int u, SearchRoute rv, int pv)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        int n = _n, m = _m;
        var a = _s.First;
        if (ru != rv)
        {
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
            if (pu < pv)
            {
                a.Start(ru, pu - 1).AddRange(ru, pu + n, pv).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + 1, last);
            }
            else
            {
                a.Start(ru, pv).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + 1, pu - 1).AddRange(ru, pu + n, last);
            }

            return false;
        }

        if (pu < pv)
        {
            a.Start(ru, pu - 1).AddRange(ru, pv, pv + m - 1).AddRange(ru, pu + n, pv - 1).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + m, last);
        }
        else
        {
            a.Start(ru, pv - 1).AddRange(ru, pu, pu + n - 1).AddRange(ru, pv + m, pu - 1).AddRange(ru, pv, pv + m - 1).AddRange(ru, pu + n, last);
        }

        return false;
    }
}
