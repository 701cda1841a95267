namespace Logistics.Routing.Search.Operators;

/// <summary>
/// SWAP* (Vidal 2022): exchanges a client <c>u</c> of one route with a client <c>v</c> of another, each inserted at
/// its best position in the other route (not necessarily in place of the other). Candidate positions come from the
/// three cheapest insertion places by distance; load is estimated from route totals; the best candidate is then
/// evaluated exactly (time windows, load, duration) and applied only if it improves the penalised cost.
/// </summary>
internal sealed class SwapStar : IRouteOperator
{
    private readonly SearchState _s;
    private readonly Top3[] _topInB = new Top3[256];
    private readonly Top3[] _topInA = new Top3[256];

    public SwapStar(SearchState state) => _s = state;

    public string Name => "SWAP*";

    public bool Improve(SearchRoute a, SearchRoute b)
    {
        if (a == b || a.IsEmpty || b.IsEmpty)
        {
            return false;
        }

        var data = _s.Data;
        int nl = data.NumLocations;
        var topInB = Ensure(_topInB, a.NumClients + 1);
        var topInA = Ensure(_topInA, b.NumClients + 1);
        for (int i = 1; i <= a.NumClients; i++)
        {
            topInB[i] = BestPositions(b, a.Nodes[i], nl);
        }

        for (int j = 1; j <= b.NumClients; j++)
        {
            topInA[j] = BestPositions(a, b.Nodes[j], nl);
        }

        long loadPen = _s.Cost.LoadPenalty;
        int dims = data.Dimensions;
        long bestApprox = 0;
        int bestU = -1, bestV = -1, bestPosU = -1, bestPosV = -1;
        for (int i = 1; i <= a.NumClients; i++)
        {
            int u = a.Nodes[i];
            long remU = Dist(a, a.Nodes[i - 1], a.Nodes[i + 1], nl) - Dist(a, a.Nodes[i - 1], u, nl) - Dist(a, u, a.Nodes[i + 1], nl);
            for (int j = 1; j <= b.NumClients; j++)
            {
                int v = b.Nodes[j];
                long remV = Dist(b, b.Nodes[j - 1], b.Nodes[j + 1], nl) - Dist(b, b.Nodes[j - 1], v, nl) - Dist(b, v, b.Nodes[j + 1], nl);

                // Load estimate: totals change by the swapped amounts.
                long loadDelta = 0;
                for (int d = 0; d < dims; d++)
                {
                    long dv = data.Delivery[v * dims + d] - data.Delivery[u * dims + d];
                    long pv = data.Pickup[v * dims + d] - data.Pickup[u * dims + d];
                    loadDelta += Excess(a, d, dv, pv) - Excess(a, d, 0, 0) + Excess(b, d, -dv, -pv) - Excess(b, d, 0, 0);
                }

                long penalty = loadPen * loadDelta;
                if (remU * a.Vehicle.UnitDistanceCost + remV * b.Vehicle.UnitDistanceCost + penalty >= bestApprox)
                {
                    continue;
                }

                // u into B without v: in v's place or a top position not next to v.
                long inPlaceU = Dist(b, b.Nodes[j - 1], u, nl) + Dist(b, u, b.Nodes[j + 1], nl) - Dist(b, b.Nodes[j - 1], b.Nodes[j + 1], nl);
                int posU = j - 1;
                long insU = inPlaceU;
                topInB[i].BestNotAdjacent(j, ref insU, ref posU);

                long inPlaceV = Dist(a, a.Nodes[i - 1], v, nl) + Dist(a, v, a.Nodes[i + 1], nl) - Dist(a, a.Nodes[i - 1], a.Nodes[i + 1], nl);
                int posV = i - 1;
                long insV = inPlaceV;
                topInA[j].BestNotAdjacent(i, ref insV, ref posV);

                long approx = (remU + insV) * a.Vehicle.UnitDistanceCost + (remV + insU) * b.Vehicle.UnitDistanceCost + penalty;
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

        if (bestU < 0)
        {
            return false;
        }

        Build(_s.First, a, bestU, b.Nodes[bestV], bestPosV);
        Build(_s.Second, b, bestV, a.Nodes[bestU], bestPosU);
        long exact = _s.Delta(_s.First) + _s.Delta(_s.Second);
        if (exact >= 0)
        {
            return false;
        }

        _s.Commit(_s.First, _s.Second);
        return true;
    }

    private static Top3[] Ensure(Top3[] buffer, int size) => buffer.Length >= size ? buffer : new Top3[size * 2];

    private static long Dist(SearchRoute r, int from, int to, int nl) => r.DistanceMatrix[from * nl + to];

    private long Excess(SearchRoute r, int d, long deltaDelivery, long deltaPickup)
    {
        var total = r.LoadPrefix[d][r.NumClients + 1];
        long load = Math.Max(total.Delivery + deltaDelivery, total.Pickup + deltaPickup);
        load = Math.Max(load, total.MaxLoad + Math.Max(deltaDelivery, deltaPickup));
        return Math.Max(load - r.Vehicle.Capacity[d], 0);
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
        for (int p = 0; p <= r.NumClients; p++)
        {
            long c = Dist(r, r.Nodes[p], u, nl) + Dist(r, u, r.Nodes[p + 1], nl) - Dist(r, r.Nodes[p], r.Nodes[p + 1], nl);
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
