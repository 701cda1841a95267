using System.Runtime.CompilerServices;
using Logistics.Routing.Problem;

namespace Logistics.Routing.Search;

/// <summary>
/// The mutable solution that local search works on: one <see cref="SearchRoute"/> per vehicle slot, where each client
/// is, and the penalty weights in force. Operators evaluate moves as <see cref="Proposal"/>s and commit them here.
/// </summary>
internal sealed class SearchState
{
    public SearchState(ProblemData data, IReadOnlyList<int> slotVehicleTypes)
    {
        Data = data;
        Routes = new SearchRoute[slotVehicleTypes.Count];
        for (int i = 0; i < Routes.Length; i++)
        {
            Routes[i] = new SearchRoute(data, i, slotVehicleTypes[i]);
        }

        RouteOf = new int[data.NumLocations];
        PosOf = new int[data.NumLocations];
        Array.Fill(RouteOf, -1);
        First = new Proposal(data);
        Second = new Proposal(data);
        _cost = new CostEvaluator(1, 1, 1);
    }

    public ProblemData Data { get; }

    public SearchRoute[] Routes { get; }

    /// <summary>Route index of each location, or -1 when the client is not routed (always -1 for depots).</summary>
    public int[] RouteOf { get; }

    /// <summary>Position of each routed client in its route.</summary>
    public int[] PosOf { get; }

    public Proposal First { get; }

    public Proposal Second { get; }

    private CostEvaluator _cost;

    /// <summary>The penalty weights in force; setting it re-costs every route.</summary>
    public CostEvaluator Cost
    {
        get => _cost;
        set
        {
            _cost = value;
            foreach (var r in Routes)
            {
                r.Cost = value.RouteCost(r.Stats, r.Vehicle);
            }
        }
    }

    /// <summary>Counts committed changes; routes remember the step of their last change.</summary>
    public int Step { get; private set; }

    public SearchRoute RouteOfClient(int loc) => Routes[RouteOf[loc]];

    public long CurrentCost(SearchRoute r) => r.Cost;

    public long CostOf(Proposal p) => Cost.RouteCost(p.Evaluate(), p.Owner.Vehicle);

    /// <summary>Cost change if the owner route of <paramref name="p"/> became the proposal.</summary>
    public long Delta(Proposal p) => CostOf(p) - CurrentCost(p.Owner);

    /// <summary>
    /// A lower bound on <see cref="Delta"/> from distance alone (penalties and duration cost are never negative).
    /// </summary>
    public long DeltaLowerBound(Proposal p)
    {
        var (distance, count) = p.DistanceOnly();
        var r = p.Owner;
        long bound = count == 0 ? 0 : r.FixedCost + r.UnitDistanceCost * distance;
        return bound - r.Cost;
    }

    /// <summary>
    /// Lower bound on the cost change of route <paramref name="r"/> if its distance became
    /// <paramref name="newDistance"/> with <paramref name="newCount"/> clients (penalties and duration cost never negative).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long DistanceBound(SearchRoute r, long newDistance, int newCount)
    {
        return (newCount == 0 ? 0 : r.FixedCost + r.UnitDistanceCost * newDistance) - r.Cost;
    }

    /// <summary>Exact delta of two proposals, or 0 when the distance bound already shows the move cannot improve.</summary>
    public long DeltaIfPromising(Proposal a, Proposal b)
    {
        if (DeltaLowerBound(a) + DeltaLowerBound(b) >= 0)
        {
            return 0;
        }

        return Delta(a) + Delta(b);
    }

    /// <summary>Exact delta of one proposal, or 0 when the distance bound already shows the move cannot improve.</summary>
    public long DeltaIfPromising(Proposal a) => DeltaLowerBound(a) >= 0 ? 0 : Delta(a);

    /// <summary>Replaces the content of one route.</summary>
    public void Commit(Proposal p) => Replace(p.Owner, p.Materialize());

    /// <summary>Replaces the content of two routes (both materialised before either changes).</summary>
    public void Commit(Proposal a, Proposal b)
    {
        var la = a.Materialize();
        var lb = b.Materialize();
        Replace(a.Owner, la);
        Replace(b.Owner, lb);
    }

    public void Replace(SearchRoute route, List<int> clients)
    {
        route.Clients.Clear();
        route.Clients.AddRange(clients);
        Refresh(route);
    }

    /// <summary>Marks a client as not routed (after a removal committed through its route).</summary>
    public void Unroute(int loc) => RouteOf[loc] = -1;

    public void Refresh(SearchRoute route)
    {
        route.Update();
        route.Cost = _cost.RouteCost(route.Stats, route.Vehicle);
        route.LastModified = ++Step;
        for (int p = 1; p <= route.NumClients; p++)
        {
            int loc = route.Nodes[p];
            RouteOf[loc] = route.Index;
            PosOf[loc] = p;
        }
    }

    /// <summary>Loads routes (client locations per slot).</summary>
    public void Load(IReadOnlyList<IReadOnlyList<int>> routes)
    {
        Array.Fill(RouteOf, -1);
        for (int i = 0; i < Routes.Length; i++)
        {
            Routes[i].Clients.Clear();
            if (i < routes.Count)
            {
                Routes[i].Clients.AddRange(routes[i]);
            }

            Refresh(Routes[i]);
        }
    }

    public int[][] Export() => Routes.Select(r => r.Clients.ToArray()).ToArray();

    /// <summary>Penalised cost of the whole solution, uncollected prizes included.</summary>
    public long PenalisedCost(bool[] servable)
    {
        long total = 0;
        foreach (var r in Routes)
        {
            total += CurrentCost(r);
        }

        for (int loc = Data.NumDepots; loc < Data.NumLocations; loc++)
        {
            if (RouteOf[loc] < 0 && servable[loc])
            {
                total += Data.Prize[loc];
            }
        }

        return total;
    }
}
