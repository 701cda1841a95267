using Logistics.Routing.Problem;
using Logistics.Routing.Search.Operators;

namespace Logistics.Routing.Search;

/// <summary>
/// Granular local search (HGS style): for each client <c>u</c> in random order and each of its neighbours <c>v</c>,
/// tries the node operators on <c>(u, v)</c> (and on <c>(u, start depot)</c> when <c>v</c> opens its route, and on
/// one empty route per vehicle type); applies the first improving move; then SWAP* between neighbouring routes; until
/// no move improves. Optional clients are inserted when worth their prize and removed when not; unrouted required
/// clients are inserted at their cheapest place.
/// </summary>
internal sealed class LocalSearch
{
    private readonly ProblemData _data;
    private readonly SearchState _s;
    private readonly int[][] _canonicalNeighbours;
    private readonly int[][] _neighbours;
    private readonly bool[] _servable;
    // The node operators, held by their sealed types so that the hot loop calls them directly (no interface dispatch).
    private readonly Exchange[] _exchanges;
    private readonly TwoOpt _twoOpt;
    private readonly TwoOptStar _twoOptStar;
    private readonly ReversedPairRelocate _reversedPair;
    private readonly ReversedTwoOptStar _reversedTwoOptStar;

    // HGS-CVRP's loop structure and its two reversed moves are used where time does not bind (CVRP-like problems);
    // with time the local search keeps its earlier form (reversed parts rarely fit time windows and are walked).
    private readonly bool _hgsMoves;
    private readonly IRouteOperator[] _routeOps;
    private readonly INodeOperator[] _emptyRouteOps;
    private readonly int[] _canonicalOrder;
    private readonly int[] _order;
    private readonly int[] _lastTested;
    private readonly int[] _firstSlotOfType;
    private readonly int[] _slotsPerType;
    private readonly List<long> _pairBuffer = [];
    private readonly int[] _routeSeen;
    private readonly bool _sectorFilter;

    public LocalSearch(ProblemData data, IReadOnlyList<int> slotVehicleTypes, int[][] neighbours, bool[] servable, bool swapStar = true, bool sectorFilter = true)
    {
        _data = data;
        _s = new SearchState(data, slotVehicleTypes);
        _canonicalNeighbours = neighbours.Select(n => (int[])n.Clone()).ToArray();
        _neighbours = neighbours.Select(n => (int[])n.Clone()).ToArray();
        _servable = servable;
        _exchanges =
        [
            new Exchange(_s, 1, 0),
            new Exchange(_s, 2, 0),
            new Exchange(_s, 1, 1),
            new Exchange(_s, 2, 1),
            new Exchange(_s, 2, 2),
        ];
        _twoOpt = new TwoOpt(_s);
        _twoOptStar = new TwoOptStar(_s);
        _reversedPair = new ReversedPairRelocate(_s);
        _reversedTwoOptStar = new ReversedTwoOptStar(_s);
        _hgsMoves = data.TimeFree;
        _emptyRouteOps = _hgsMoves ? [_exchanges[0], _exchanges[1], _reversedPair, _twoOptStar] : [_exchanges[0], _exchanges[1], _twoOptStar];
        _routeOps = swapStar ? [new SwapStar(_s)] : [];
        _sectorFilter = sectorFilter && data.PolarAngles is not null;
        _canonicalOrder = Enumerable.Range(data.NumDepots, data.NumClients).Where(l => servable[l]).ToArray();
        _order = (int[])_canonicalOrder.Clone();
        _lastTested = new int[data.NumLocations];
        _routeSeen = new int[slotVehicleTypes.Count];
        int types = data.VehicleTypes.Count;
        _firstSlotOfType = new int[types];
        _slotsPerType = new int[types];
        Array.Fill(_firstSlotOfType, -1);
        for (int i = 0; i < slotVehicleTypes.Count; i++)
        {
            int t = slotVehicleTypes[i];
            if (_firstSlotOfType[t] < 0)
            {
                _firstSlotOfType[t] = i;
            }

            _slotsPerType[t]++;
        }
    }

    public SearchState State => _s;

    /// <summary>Improves <paramref name="routes"/> (client locations per slot) under <paramref name="cost"/>; returns the improved routes.</summary>
    public int[][] Run(IReadOnlyList<IReadOnlyList<int>> routes, CostEvaluator cost, Random rng)
    {
        _s.Cost = cost;
        _s.Load(routes);

        // Shuffled from the canonical order each time, so that the result depends on the arguments only, not on
        // earlier runs of this instance (parallel education may hand an offspring to any instance).
        Array.Copy(_canonicalOrder, _order, _order.Length);
        Shuffle(_order, rng);
        for (int i = 0; i < _neighbours.Length; i++)
        {
            Array.Copy(_canonicalNeighbours[i], _neighbours[i], _neighbours[i].Length);
            Shuffle(_neighbours[i], rng);
        }

        Array.Fill(_lastTested, -1);
        var emptyProbe = new SearchRoute?[_firstSlotOfType.Length];
        bool improved = true;
        int loop = 0;
        var lastRoutePair = new Dictionary<long, int>();
        // At least two loops: the second is the first to try empty routes.
        while (improved || (_hgsMoves && loop < 2))
        {
            improved = false;
            foreach (int u in _order)
            {
                if (_s.RouteOf[u] < 0)
                {
                    improved |= TryInsert(u);
                    continue;
                }

                if (!_data.IsRequired[u] && TryRemove(u))
                {
                    improved = true;
                    continue;
                }

                int lastTest = _lastTested[u];
                _lastTested[u] = _s.Step;
                foreach (int v in _neighbours[u])
                {
                    if (_s.RouteOf[v] < 0 || _s.RouteOf[u] < 0)
                    {
                        continue;
                    }

                    var ru = _s.RouteOfClient(u);
                    var rv = _s.RouteOfClient(v);
                    if (loop > 0 && Math.Max(ru.LastModified, rv.LastModified) <= lastTest)
                    {
                        continue;
                    }

                    int pv = _s.PosOf[v];
                    if (TryNodeOps(u, rv, pv))
                    {
                        improved = true;
                        continue;
                    }

                    if (pv == 1 && TryNodeOps(u, rv, 0))
                    {
                        improved = true;
                    }
                }

                // Moving u (and what follows) to an empty route: from the second loop on, so that the fleet does not
                // grow before the routes in use were improved (HGS-CVRP); after that only when u's route changed
                // since u was last tested.
                if (_s.RouteOf[u] >= 0 && (_hgsMoves
                    ? loop > 0 && (loop == 1 || _s.RouteOfClient(u).LastModified > lastTest)
                    : loop == 0 || _s.RouteOfClient(u).LastModified > lastTest))
                {
                    FindEmptyRoutes(emptyProbe);
                    foreach (var empty in emptyProbe)
                    {
                        if (empty is not null && _s.RouteOf[u] >= 0 && TryEmptyRouteOps(u, empty))
                        {
                            improved = true;
                        }
                    }
                }
            }

            if (!improved && _routeOps.Length > 0)
            {
                improved = RunRouteOperators(lastRoutePair);
            }

            loop++;
        }

        return _s.Export();
    }

    /// <summary>Route pairs handed to the route operators (SWAP*) since this local search was created.</summary>
    public long RoutePairsTried { get; private set; }

    private bool RunRouteOperators(Dictionary<long, int> lastTested)
    {
        bool improved = false;
        var routes = _s.Routes;
        var pairs = CollectRoutePairs();
        long previous = -1;
        foreach (long key in pairs)
        {
            if (key == previous)
            {
                continue;
            }

            previous = key;
            var a = routes[(int)(key >> 32)];
            var b = routes[(int)(key & 0xffffffff)];
            int stamp = Math.Max(a.LastModified, b.LastModified);
            if (lastTested.TryGetValue(key, out int last) && last >= stamp)
            {
                continue;
            }

            lastTested[key] = _s.Step;
            RoutePairsTried++;
            foreach (var op in _routeOps)
            {
                if (op.Improve(a, b))
                {
                    improved = true;
                    lastTested[key] = _s.Step;
                }
            }
        }

        return improved;
    }

    /// <summary>
    /// The route pairs for the route operators in the current state, sorted, as <c>(a &lt;&lt; 32) | b</c> with
    /// <c>a &lt; b</c> (a pair may appear more than once; callers skip repeats).
    /// </summary>
    internal List<long> CollectRoutePairs()
    {
        var routes = _s.Routes;

        // Route pairs linked by at least one neighbour relation, each once, in increasing (a, b) order. With
        // coordinates, pairs of routes from the same depot whose angular sectors do not overlap are left out (HGS).
        var pairs = _pairBuffer;
        pairs.Clear();
        var seen = _routeSeen;
        foreach (var r in routes)
        {
            if (r.IsEmpty)
            {
                continue;
            }

            int mark = r.Index + 1;
            for (int p = 1; p <= r.NumClients; p++)
            {
                foreach (int v in _neighbours[r.Nodes[p]])
                {
                    int rv = _s.RouteOf[v];
                    if (rv >= 0 && rv != r.Index && seen[rv] != mark)
                    {
                        seen[rv] = mark;
                        if (_sectorFilter && !SectorsOverlap(r, routes[rv]))
                        {
                            continue;
                        }

                        int a = Math.Min(rv, r.Index), b = Math.Max(rv, r.Index);
                        pairs.Add(((long)a << 32) | (uint)b);
                    }
                }
            }
        }

        Array.Clear(seen);
        pairs.Sort();
        return pairs;
    }

    private static bool SectorsOverlap(SearchRoute a, SearchRoute b) =>
        a.StartDepot != b.StartDepot || CircleSector.Overlap(a.Sector, b.Sector);

    private void FindEmptyRoutes(SearchRoute?[] probe)
    {
        for (int t = 0; t < probe.Length; t++)
        {
            probe[t] = null;
            int first = _firstSlotOfType[t];
            if (first < 0)
            {
                continue;
            }

            for (int i = first; i < first + _slotsPerType[t] && i < _s.Routes.Length; i++)
            {
                var r = _s.Routes[i];
                if (r.VehicleTypeIndex == t && r.IsEmpty)
                {
                    probe[t] = r;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// HGS-CVRP's move set in its order on <c>(u, rv, pv)</c>: Exchange(1,0), (2,0), the reversed pair relocation,
    /// Exchange(1,1), (2,1), (2,2), 2-opt, both 2-opt* variants; applies the first that improves.
    /// </summary>
    private bool TryNodeOps(int u, SearchRoute rv, int pv)
    {
        var exchanges = _exchanges;
        for (int i = 0; i < exchanges.Length; i++)
        {
            if (i == 2 && _hgsMoves && _reversedPair.Evaluate(u, rv, pv) < 0)
            {
                _reversedPair.Apply(u, rv, pv);
                return true;
            }

            var op = exchanges[i];
            if (op.Evaluate(u, rv, pv) < 0)
            {
                op.Apply(u, rv, pv);
                return true;
            }
        }

        if (_twoOpt.Evaluate(u, rv, pv) < 0)
        {
            _twoOpt.Apply(u, rv, pv);
            return true;
        }

        if (_hgsMoves && _reversedTwoOptStar.Evaluate(u, rv, pv) < 0)
        {
            _reversedTwoOptStar.Apply(u, rv, pv);
            return true;
        }

        if (_twoOptStar.Evaluate(u, rv, pv) < 0)
        {
            _twoOptStar.Apply(u, rv, pv);
            return true;
        }

        return false;
    }

    private bool TryEmptyRouteOps(int u, SearchRoute empty)
    {
        foreach (var op in _emptyRouteOps)
        {
            if (op.Evaluate(u, empty, 0) < 0)
            {
                op.Apply(u, empty, 0);
                return true;
            }
        }

        return false;
    }

    private bool TryRemove(int u)
    {
        var ru = _s.RouteOfClient(u);
        int pu = _s.PosOf[u];
        var p = _s.First.Start(ru, pu - 1).AddRange(ru, pu + 1, ru.NumClients);
        if (_s.Delta(p) + _data.Prize[u] < 0)
        {
            _s.Unroute(u);
            _s.Commit(p);
            return true;
        }

        return false;
    }

    /// <summary>Inserts an unrouted client at its cheapest place near its neighbours (or in an empty route).</summary>
    public bool TryInsert(int u)
    {
        long best = long.MaxValue;
        SearchRoute? bestRoute = null;
        int bestPos = -1;

        void Consider(SearchRoute r, int after)
        {
            var p = _s.First.Start(r, after).Add(Piece.Single(u)).AddRange(r, after + 1, r.NumClients);
            long d = _s.Delta(p);
            if (d < best)
            {
                best = d;
                bestRoute = r;
                bestPos = after;
            }
        }

        foreach (int v in _neighbours[u])
        {
            if (_s.RouteOf[v] < 0)
            {
                continue;
            }

            var rv = _s.RouteOfClient(v);
            Consider(rv, _s.PosOf[v]);
            Consider(rv, _s.PosOf[v] - 1);
        }

        var probe = new SearchRoute?[_firstSlotOfType.Length];
        FindEmptyRoutes(probe);
        foreach (var r in probe)
        {
            if (r is not null)
            {
                Consider(r, 0);
            }
        }

        if (bestRoute is null)
        {
            foreach (var r in _s.Routes)
            {
                Consider(r, r.NumClients);
            }
        }

        if (bestRoute is null || (!_data.IsRequired[u] && best - _data.Prize[u] >= 0))
        {
            return false;
        }

        var chosen = _s.First.Start(bestRoute, bestPos).Add(Piece.Single(u)).AddRange(bestRoute, bestPos + 1, bestRoute.NumClients);
        _s.Commit(chosen);
        return true;
    }

    private static void Shuffle(int[] a, Random rng)
    {
        for (int i = a.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
    }
}
