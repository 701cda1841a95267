using Logistics.Routing.Search.Segments;

namespace Logistics.Routing.Search.Operators;

/// <summary>
/// SWAP* (Vidal 2022): exchanges a client <c>u</c> of one route with a client <c>v</c> of another, each inserted at
/// its best position in the other route (not necessarily in place of the other). Candidate positions come from the
/// three cheapest insertion places by distance; load is estimated from route totals; the best candidate is then
/// evaluated exactly (time windows, load, duration) and applied only if it improves the penalised cost. Moving a
/// single client of one route to its cheapest place in the other is estimated alongside, as in HGS-CVRP.
/// </summary>
internal sealed class SwapStar : IRouteOperator
{
    private readonly SearchState _s;

    // Per route (by index): the three cheapest insertion places of each location, and the route's LastModified stamp
    // when they were computed. A route that did not change keeps its entries, so re-testing a pair after only one of
    // its routes changed recomputes only the other direction (Vidal 2022).
    private readonly Top3[]?[] _top;
    private readonly int[]?[] _topStamp;
    private long[] _removeA = new long[64];
    private long[] _removeB = new long[64];
    private long[] _bridgeA = new long[64];
    private long[] _bridgeB = new long[64];
    private long[] _penalties = new long[256];
    private readonly LoadSegment[] _totalA;
    private readonly LoadSegment[] _totalB;
    private readonly long[] _baseExcessA;
    private readonly long[] _baseExcessB;

    public SwapStar(SearchState state)
    {
        _s = state;
        _top = new Top3[]?[state.Routes.Length];
        _topStamp = new int[]?[state.Routes.Length];
        int dims = state.Data.Dimensions;
        _totalA = new LoadSegment[dims];
        _totalB = new LoadSegment[dims];
        _baseExcessA = new long[dims];
        _baseExcessB = new long[dims];
    }

    public string Name => "SWAP*";

    public bool Improve(SearchRoute a, SearchRoute b)
    {
        if (a == b || a.IsEmpty || b.IsEmpty)
        {
            return false;
        }

        var data = _s.Data;
        int nl = data.NumLocations;
        var topInB = Positions(b, a);
        var topInA = Positions(a, b);
        var removeA = Removal(a, ref _removeA, ref _bridgeA);
        var removeB = Removal(b, ref _removeB, ref _bridgeB);
        var bridgeA = _bridgeA;
        var bridgeB = _bridgeB;

        long loadPen = _s.Cost.LoadPenalty;
        int dims = data.Dimensions;
        var delivery = data.Delivery;
        var pickup = data.Pickup;
        bool oneWay = data.OneWayLoads;
        Totals(a, _totalA, _baseExcessA);
        Totals(b, _totalB, _baseExcessB);
        var penalties = SwapPenalties(a, b, loadPen);
        int nb = b.NumClients;
        long unitA = a.Vehicle.UnitDistanceCost, unitB = b.Vehicle.UnitDistanceCost;
        var an = a.Nodes;
        var bn = b.Nodes;
        // The 32-bit bound matrix (half the memory, so fewer cache misses) is enough for estimates; the chosen move is
        // evaluated exactly before it is applied.
        var distA = a.BoundMatrix;
        var distB = b.BoundMatrix;
        long bestApprox = 0;
        int bestU = -1, bestV = -1, bestPosU = -1, bestPosV = -1;
        for (int i = 1; i <= a.NumClients; i++)
        {
            int u = an[i];
            long remU = removeA[i] * unitA;
            int row = (i - 1) * nb - 1;
            int ap = an[i - 1], asx = an[i + 1];
            for (int j = 1; j <= nb; j++)
            {
                long penalty = penalties[row + j];
                long remV = removeB[j];
                if (remU + remV * unitB + penalty >= bestApprox)
                {
                    continue;
                }

                // u into B without v: in v's place or a top position not next to v.
                int v = bn[j];
                long insU = (long)distB[bn[j - 1] * nl + u] + distB[u * nl + bn[j + 1]] - bridgeB[j];
                int posU = j - 1;
                topInB[u].BestNotAdjacent(j, ref insU, ref posU);

                long insV = (long)distA[ap * nl + v] + distA[v * nl + asx] - bridgeA[i];
                int posV = i - 1;
                topInA[v].BestNotAdjacent(i, ref insV, ref posV);

                long approx = remU + insV * unitA + (remV + insU) * unitB + penalty;
                if (approx < bestApprox)
                {
                    bestApprox = approx;
                    bestU = i;
                    bestV = j;
                    bestPosU = posU;
                    bestPosV = posV;
                }
            }
        }

        // Relocating one client into the other route at its cheapest place costs nothing more to estimate here, and
        // finds moves that the granular neighbourhood misses (HGS-CVRP includes them in SWAP*).
        int relocFrom = 0; // 0: the swap above; 1: a client of a into b; 2: a client of b into a
        int relocPos = -1, relocAt = -1;
        for (int side = 1; side <= 2; side++)
        {
            var from = side == 1 ? a : b;
            var remove = side == 1 ? removeA : removeB;
            var top = side == 1 ? topInB : topInA;
            var totalFrom = side == 1 ? _totalA : _totalB;
            var totalTo = side == 1 ? _totalB : _totalA;
            var baseFrom = side == 1 ? _baseExcessA : _baseExcessB;
            var baseTo = side == 1 ? _baseExcessB : _baseExcessA;
            var capFrom = from.Capacity;
            var capTo = (side == 1 ? b : a).Capacity;
            long unitFrom = side == 1 ? unitA : unitB, unitTo = side == 1 ? unitB : unitA;
            var nodes = from.Nodes;
            for (int i = 1; i <= from.NumClients; i++)
            {
                int u = nodes[i];
                ref readonly var t = ref top[u];
                if (t.P0 < 0)
                {
                    continue;
                }

                long loadDelta = 0;
                for (int d = 0; d < dims; d++)
                {
                    long du = delivery[u * dims + d], pu = pickup[u * dims + d];
                    loadDelta += (oneWay ? OneWayExcess(totalFrom[d], capFrom[d], -du, -pu) : Excess(totalFrom[d], capFrom[d], -du, -pu)) - baseFrom[d]
                        + (oneWay ? OneWayExcess(totalTo[d], capTo[d], du, pu) : Excess(totalTo[d], capTo[d], du, pu)) - baseTo[d];
                }

                long approx = remove[i] * unitFrom + t.C0 * unitTo + loadPen * loadDelta;
                if (approx < bestApprox)
                {
                    bestApprox = approx;
                    relocFrom = side;
                    relocAt = i;
                    relocPos = t.P0;
                }
            }
        }

        if (relocFrom == 1)
        {
            _s.First.Start(a, relocAt - 1).AddRange(a, relocAt + 1, a.NumClients);
            _s.Second.Start(b, relocPos).Add(Piece.Single(a.Nodes[relocAt])).AddRange(b, relocPos + 1, b.NumClients);
        }
        else if (relocFrom == 2)
        {
            _s.First.Start(b, relocAt - 1).AddRange(b, relocAt + 1, b.NumClients);
            _s.Second.Start(a, relocPos).Add(Piece.Single(b.Nodes[relocAt])).AddRange(a, relocPos + 1, a.NumClients);
        }
        else if (bestU < 0)
        {
            return false;
        }
        else
        {
            Build(_s.First, a, bestU, b.Nodes[bestV], bestPosV);
            Build(_s.Second, b, bestV, a.Nodes[bestU], bestPosU);
        }

        long exact = _s.Delta(_s.First) + _s.Delta(_s.Second);
        if (exact >= 0)
        {
            return false;
        }

        _s.Commit(_s.First, _s.Second);
        return true;
    }

    /// <summary>Top insertion places in <paramref name="target"/> (indexed by location), up to date for the clients of <paramref name="source"/>.</summary>
    private Top3[] Positions(SearchRoute target, SearchRoute source)
    {
        int nl = _s.Data.NumLocations;
        var top = _top[target.Index] ??= new Top3[nl];
        var stamp = _topStamp[target.Index] ??= new int[nl];
        int version = target.LastModified;
        var nodes = source.Nodes;
        for (int i = 1; i <= source.NumClients; i++)
        {
            int u = nodes[i];
            if (stamp[u] != version)
            {
                top[u] = BestPositions(target, u, nl);
                stamp[u] = version;
            }
        }

        return top;
    }

    /// <summary>
    /// Distance change of removing the client at each position of <paramref name="r"/> (1-based), and the length of the
    /// edge that then joins its neighbours (<paramref name="bridge"/>).
    /// </summary>
    private long[] Removal(SearchRoute r, ref long[] buffer, ref long[] bridge)
    {
        int n = r.NumClients;
        if (buffer.Length < n + 2)
        {
            buffer = new long[Math.Max(n + 2, buffer.Length * 2)];
            bridge = new long[buffer.Length];
        }

        int nl = _s.Data.NumLocations;
        var nodes = r.Nodes;
        var dist = r.DistanceMatrix;
        for (int i = 1; i <= n; i++)
        {
            int p = nodes[i - 1], c = nodes[i], x = nodes[i + 1];
            bridge[i] = dist[p * nl + x];
            buffer[i] = bridge[i] - dist[p * nl + c] - dist[c * nl + x];
        }

        return buffer;
    }

    /// <summary>
    /// Load penalty change of swapping the client at position <c>i</c> of <paramref name="a"/> with the one at
    /// position <c>j</c> of <paramref name="b"/>, at <c>(i - 1) * b.NumClients + (j - 1)</c>. Exact when loads are
    /// one-way (the route load is then a plain total); otherwise estimated from the route totals.
    /// </summary>
    private long[] SwapPenalties(SearchRoute a, SearchRoute b, long loadPen)
    {
        var data = _s.Data;
        int na = a.NumClients, nb = b.NumClients;
        if (_penalties.Length < na * nb)
        {
            _penalties = new long[Math.Max(na * nb, _penalties.Length * 2)];
        }

        var pen = _penalties;
        int dims = data.Dimensions;
        var an = a.Nodes;
        var bn = b.Nodes;
        if (data.OneWayLoads && dims == 1)
        {
            var q = data.OneWayDemand;
            long loadA = Math.Max(_totalA[0].Delivery, _totalA[0].Pickup), loadB = Math.Max(_totalB[0].Delivery, _totalB[0].Pickup);
            long capA = a.Capacity[0], capB = b.Capacity[0];
            long baseExcess = _baseExcessA[0] + _baseExcessB[0];
            for (int i = 1; i <= na; i++)
            {
                long qu = q[an[i]];
                int row = (i - 1) * nb - 1;
                for (int j = 1; j <= nb; j++)
                {
                    long dq = q[bn[j]] - qu;
                    pen[row + j] = loadPen * (Math.Max(loadA + dq - capA, 0) + Math.Max(loadB - dq - capB, 0) - baseExcess);
                }
            }

            return pen;
        }

        var delivery = data.Delivery;
        var pickup = data.Pickup;
        var capsA = a.Capacity;
        var capsB = b.Capacity;
        bool oneWay = data.OneWayLoads;
        for (int i = 1; i <= na; i++)
        {
            int u = an[i];
            int row = (i - 1) * nb - 1;
            for (int j = 1; j <= nb; j++)
            {
                int v = bn[j];
                long loadDelta = 0;
                for (int d = 0; d < dims; d++)
                {
                    long dv = delivery[v * dims + d] - delivery[u * dims + d];
                    long pv = pickup[v * dims + d] - pickup[u * dims + d];
                    loadDelta += (oneWay ? OneWayExcess(_totalA[d], capsA[d], dv, pv) : Excess(_totalA[d], capsA[d], dv, pv)) - _baseExcessA[d]
                        + (oneWay ? OneWayExcess(_totalB[d], capsB[d], -dv, -pv) : Excess(_totalB[d], capsB[d], -dv, -pv)) - _baseExcessB[d];
                }

                pen[row + j] = loadPen * loadDelta;
            }
        }

        return pen;
    }

    private static void Totals(SearchRoute r, LoadSegment[] totals, long[] baseExcess)
    {
        var cap = r.Capacity;
        for (int d = 0; d < totals.Length; d++)
        {
            totals[d] = r.LoadPrefix[d][r.NumClients + 1];
            baseExcess[d] = Excess(totals[d], cap[d], 0, 0);
        }
    }

    /// <summary>Excess after the totals change, when every client either only receives or only hands over (exact).</summary>
    private static long OneWayExcess(in LoadSegment total, long capacity, long deltaDelivery, long deltaPickup) =>
        Math.Max(Math.Max(total.Delivery + deltaDelivery, total.Pickup + deltaPickup) - capacity, 0);

    /// <summary>Excess after the totals change with pickups and deliveries mixed: an upper bound from the totals.</summary>
    private static long Excess(in LoadSegment total, long capacity, long deltaDelivery, long deltaPickup)
    {
        long load = Math.Max(total.Delivery + deltaDelivery, total.Pickup + deltaPickup);
        load = Math.Max(load, total.MaxLoad + Math.Max(deltaDelivery, deltaPickup));
        return Math.Max(load - capacity, 0);
    }

    /// <summary>Route <paramref name="r"/> with client at position <paramref name="remove"/> taken out and <paramref name="insert"/> placed after original position <paramref name="after"/>.</summary>
    private static void Build(Proposal p, SearchRoute r, int remove, int insert, int after)
    {
        int last = r.NumClients;
        if (after == remove)
        {
            after = remove - 1; // after the removed client = in its place
        }

        if (after < remove)
        {
            p.Start(r, after).Add(Piece.Single(insert)).AddRange(r, after + 1, remove - 1).AddRange(r, remove + 1, last);
        }
        else
        {
            p.Start(r, remove - 1).AddRange(r, remove + 1, after).Add(Piece.Single(insert)).AddRange(r, after + 1, last);
        }
    }

    private static Top3 BestPositions(SearchRoute r, int u, int nl)
    {
        var top = Top3.Empty;
        var dist = r.BoundMatrix;
        var dp = r.DistPrefix;
        var nodes = r.Nodes;
        int row = u * nl;
        for (int p = 0; p <= r.NumClients; p++)
        {
            int from = nodes[p], to = nodes[p + 1];
            long c = (long)dist[from * nl + u] + dist[row + to] - (dp[p + 1] - dp[p]);
            top.Offer(c, p);
        }

        return top;
    }

    /// <summary>The three cheapest insertion places (cost, position after which to insert).</summary>
    private struct Top3
    {
        public long C0, C1, C2;
        public int P0, P1, P2;

        public static Top3 Empty => new() { C0 = long.MaxValue, C1 = long.MaxValue, C2 = long.MaxValue, P0 = -1, P1 = -1, P2 = -1 };

        public void Offer(long c, int p)
        {
            if (c < C0)
            {
                (C2, P2) = (C1, P1);
                (C1, P1) = (C0, P0);
                (C0, P0) = (c, p);
            }
            else if (c < C1)
            {
                (C2, P2) = (C1, P1);
                (C1, P1) = (c, p);
            }
            else if (c < C2)
            {
                (C2, P2) = (c, p);
            }
        }

        /// <summary>Improves (cost, pos) with the first stored place not touching the client at position <paramref name="j"/>.</summary>
        public readonly void BestNotAdjacent(int j, ref long cost, ref int pos)
        {
            if (P0 >= 0 && P0 != j - 1 && P0 != j)
            {
                if (C0 < cost) { cost = C0; pos = P0; }
            }
            else if (P1 >= 0 && P1 != j - 1 && P1 != j)
            {
                if (C1 < cost) { cost = C1; pos = P1; }
            }
            else if (P2 >= 0 && P2 != j - 1 && P2 != j)
            {
                if (C2 < cost) { cost = C2; pos = P2; }
            }
        }
    }
}
