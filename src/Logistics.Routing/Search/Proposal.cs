using Logistics.Routing.Problem;
using Logistics.Routing.Search.Segments;

namespace Logistics.Routing.Search;

/// <summary>
/// A proposed new content for one route: the owner's prefix up to a position, then pieces of routes (or single
/// locations), then the owner's end depot. The same proposal is used to evaluate a move (<see cref="Evaluate"/>,
/// O(1) per piece that is a cached suffix or short) and to apply it (<see cref="Materialize"/>), so the two never
/// disagree.
/// </summary>
internal sealed class Proposal
{
    private readonly ProblemData _data;
    private readonly Piece[] _pieces = new Piece[8];
    private readonly LoadSegment[] _loads;
    private int _count;

    public Proposal(ProblemData data)
    {
        _data = data;
        _loads = new LoadSegment[data.Dimensions];
    }

    public SearchRoute Owner { get; private set; } = null!;

    public int PrefixEnd { get; private set; }

    /// <summary>Starts a proposal: keeps positions <c>0..prefixEnd</c> of <paramref name="owner"/>.</summary>
    public Proposal Start(SearchRoute owner, int prefixEnd)
    {
        Owner = owner;
        PrefixEnd = prefixEnd;
        _count = 0;
        return this;
    }

    public Proposal Add(in Piece piece)
    {
        _pieces[_count++] = piece;
        return this;
    }

    /// <summary>Appends positions <c>from..to</c> of <paramref name="route"/> when the range is not empty.</summary>
    public Proposal AddRange(SearchRoute route, int from, int to)
    {
        if (from <= to)
        {
            _pieces[_count++] = Piece.Range(route, from, to);
        }

        return this;
    }

    /// <summary>
    /// Distance and number of clients of the proposal only: O(1) per forward piece. Used for a cheap lower bound on
    /// the proposal's cost before the exact evaluation.
    /// </summary>
    public (long Distance, int Count) DistanceOnly()
    {
        var owner = Owner;
        int nl = _data.NumLocations;
        var distM = owner.DistanceMatrix;
        int last = owner.Nodes[PrefixEnd];
        long distance = owner.DistPrefix[PrefixEnd];
        int count = PrefixEnd;
        for (int k = 0; k < _count; k++)
        {
            ref readonly var piece = ref _pieces[k];
            var r = piece.Route;
            if (r is null)
            {
                distance += distM[last * nl + piece.Location];
                last = piece.Location;
                count++;
            }
            else if (!piece.Reversed && r.Profile == owner.Profile)
            {
                distance += distM[last * nl + r.Nodes[piece.From]] + r.DistPrefix[piece.To] - r.DistPrefix[piece.From];
                last = r.Nodes[piece.To];
                count += piece.To - piece.From + 1;
            }
            else if (r.Profile == owner.Profile)
            {
                distance += distM[last * nl + r.Nodes[piece.To]] + r.RevDistPrefix[piece.To] - r.RevDistPrefix[piece.From];
                last = r.Nodes[piece.From];
                count += piece.To - piece.From + 1;
            }
            else
            {
                int step = piece.Reversed ? -1 : 1;
                int p = piece.Reversed ? piece.To : piece.From;
                for (int i = 0; i <= piece.To - piece.From; i++, p += step)
                {
                    distance += distM[last * nl + r.Nodes[p]];
                    last = r.Nodes[p];
                }

                count += piece.To - piece.From + 1;
            }
        }

        distance += distM[last * nl + owner.EndDepot];
        return (distance, count);
    }

    public RouteStats Evaluate()
    {
        if (_data.TimeFree && _data.OneWayLoads)
        {
            return EvaluateDistanceAndLoad();
        }

        var owner = Owner;
        var data = _data;
        int nl = data.NumLocations;
        int dims = data.Dimensions;
        var distM = owner.DistanceMatrix;
        var durM = owner.DurationMatrix;
        bool sequential = data.AnyGaps;

        int last = owner.Nodes[PrefixEnd];
        long distance = owner.DistPrefix[PrefixEnd];
        var ds = owner.DsPrefix[PrefixEnd];
        for (int d = 0; d < dims; d++)
        {
            _loads[d] = owner.LoadPrefix[d][PrefixEnd];
        }

        int count = PrefixEnd;
        for (int k = 0; k < _count; k++)
        {
            ref readonly var piece = ref _pieces[k];
            var r = piece.Route;
            if (r is null)
            {
                AppendNode(piece.Location, ref last, ref distance, ref ds, distM, durM, nl, dims);
                count++;
                continue;
            }

            if (!piece.Reversed && !sequential && piece.To == r.NumClients && r.Profile == owner.Profile && piece.To - piece.From > 1)
            {
                int first = r.Nodes[piece.From];
                long edge = durM[last * nl + first];
                distance += distM[last * nl + first] + r.DistPrefix[piece.To] - r.DistPrefix[piece.From];
                ds = DurationSegment.Merge(ds, r.DsSuffix[piece.From], edge);
                for (int d = 0; d < dims; d++)
                {
                    _loads[d] = LoadSegment.Merge(_loads[d], r.LoadSuffix[d][piece.From]);
                }

                last = r.Nodes[piece.To];
                count += piece.To - piece.From + 1;
                continue;
            }

            if (piece.Reversed)
            {
                for (int p = piece.To; p >= piece.From; p--)
                {
                    AppendNode(r.Nodes[p], ref last, ref distance, ref ds, distM, durM, nl, dims);
                }
            }
            else
            {
                for (int p = piece.From; p <= piece.To; p++)
                {
                    AppendNode(r.Nodes[p], ref last, ref distance, ref ds, distM, durM, nl, dims);
                }
            }

            count += piece.To - piece.From + 1;
        }

        int end = owner.EndDepot;
        distance += distM[last * nl + end];
        ds = DurationSegment.Merge(ds, owner.EndSegment, durM[last * nl + end]);
        long excess = 0;
        var cap = owner.Capacity;
        for (int d = 0; d < dims; d++)
        {
            excess += Math.Max(_loads[d].MaxLoad - cap[d], 0);
        }

        return new RouteStats(count, distance, ds.Duration, ds.TimeWarp, excess);
    }

    /// <summary>
    /// <see cref="Evaluate"/> for problems where only distance and one-way loads count
    /// (<see cref="ProblemData.TimeFree"/>, <see cref="ProblemData.OneWayLoads"/>): every load is a difference of
    /// prefix sums, so the cost is O(1) per forward or reversed piece. Duration and time warp are reported as 0, which
    /// such problems never charge.
    /// </summary>
    private RouteStats EvaluateDistanceAndLoad()
    {
        var (distance, count) = DistanceOnly();
        var owner = Owner;
        var cap = owner.Capacity;
        int dims = _data.Dimensions;
        var delivery = _data.Delivery;
        var pickup = _data.Pickup;
        long excess = 0;
        for (int d = 0; d < dims; d++)
        {
            var ownerPrefix = owner.LoadPrefix[d][PrefixEnd];
            long del = ownerPrefix.Delivery, pick = ownerPrefix.Pickup;
            for (int k = 0; k < _count; k++)
            {
                ref readonly var piece = ref _pieces[k];
                var r = piece.Route;
                if (r is null)
                {
                    del += delivery[piece.Location * dims + d];
                    pick += pickup[piece.Location * dims + d];
                }
                else
                {
                    var prefix = r.LoadPrefix[d];
                    del += prefix[piece.To].Delivery - prefix[piece.From - 1].Delivery;
                    pick += prefix[piece.To].Pickup - prefix[piece.From - 1].Pickup;
                }
            }

            excess += Math.Max(Math.Max(del, pick) - cap[d], 0);
        }

        return new RouteStats(count, distance, 0, 0, excess);
    }

    private void AppendNode(int loc, ref int last, ref long distance, ref DurationSegment ds, long[] distM, long[] durM, int nl, int dims)
    {
        long edge = durM[last * nl + loc];
        distance += distM[last * nl + loc];
        ds = DurationSegment.Merge(ds, SearchRoute.NodeSegment(_data, ds, edge, loc), edge);
        for (int d = 0; d < dims; d++)
        {
            _loads[d] = LoadSegment.Merge(_loads[d], LoadSegment.Node(_data.Delivery[loc * dims + d], _data.Pickup[loc * dims + d]));
        }

        last = loc;
    }

    /// <summary>The client locations the proposal describes, in order.</summary>
    public List<int> Materialize()
    {
        var result = new List<int>(Owner.NumClients + 4);
        for (int p = 1; p <= PrefixEnd; p++)
        {
            result.Add(Owner.Nodes[p]);
        }

        for (int k = 0; k < _count; k++)
        {
            var piece = _pieces[k];
            if (piece.Route is null)
            {
                result.Add(piece.Location);
            }
            else if (piece.Reversed)
            {
                for (int p = piece.To; p >= piece.From; p--)
                {
                    result.Add(piece.Route.Nodes[p]);
                }
            }
            else
            {
                for (int p = piece.From; p <= piece.To; p++)
                {
                    result.Add(piece.Route.Nodes[p]);
                }
            }
        }

        return result;
    }
}
