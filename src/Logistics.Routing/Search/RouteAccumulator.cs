using Logistics.Routing.Problem;
using Logistics.Routing.Search.Segments;

namespace Logistics.Routing.Search;

/// <summary>Builds route statistics one client at a time for a given vehicle type (used by Split and slot assignment).</summary>
internal sealed class RouteAccumulator
{
    private readonly ProblemData _data;
    private readonly LoadSegment[] _loads;
    private VehicleType _vehicle = null!;
    private long[] _dist = [];
    private long[] _dur = [];
    private int _last;
    private long _distance;
    private DurationSegment _ds;

    public RouteAccumulator(ProblemData data)
    {
        _data = data;
        _loads = new LoadSegment[data.Dimensions];
    }

    public int Count { get; private set; }

    public void Reset(VehicleType vehicle)
    {
        _vehicle = vehicle;
        _dist = _data.DistanceMatrix(vehicle.Profile);
        _dur = _data.DurationMatrix(vehicle.Profile);
        _last = vehicle.StartDepot;
        _distance = 0;
        _ds = DurationSegment.Node(0, vehicle.ShiftStart, vehicle.ShiftEnd);
        Array.Clear(_loads);
        Count = 0;
    }

    public void Add(int loc)
    {
        int nl = _data.NumLocations;
        int dims = _data.Dimensions;
        long edge = _dur[_last * nl + loc];
        _distance += _dist[_last * nl + loc];
        _ds = DurationSegment.Merge(_ds, SearchRoute.NodeSegment(_data, _ds, edge, loc), edge);
        for (int d = 0; d < dims; d++)
        {
            _loads[d] = LoadSegment.Merge(_loads[d], LoadSegment.Node(_data.Delivery[loc * dims + d], _data.Pickup[loc * dims + d]));
        }

        _last = loc;
        Count++;
    }

    /// <summary>True when some dimension's load exceeds <paramref name="factor"/> times the capacity.</summary>
    public bool LoadAbove(double factor)
    {
        for (int d = 0; d < _loads.Length; d++)
        {
            if (_loads[d].MaxLoad > factor * _vehicle.Capacity[d])
            {
                return true;
            }
        }

        return false;
    }

    public RouteStats Stats()
    {
        int nl = _data.NumLocations;
        int end = _vehicle.EndDepot;
        long distance = _distance + _dist[_last * nl + end];
        var ds = DurationSegment.Merge(_ds, DurationSegment.Node(0, _vehicle.ShiftStart, _vehicle.ShiftEnd), _dur[_last * nl + end]);
        long excess = 0;
        for (int d = 0; d < _loads.Length; d++)
        {
            excess += Math.Max(_loads[d].MaxLoad - _vehicle.Capacity[d], 0);
        }

        return new RouteStats(Count, distance, ds.Duration, ds.TimeWarp, excess);
    }
}
