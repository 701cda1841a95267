using Google.OrTools.ConstraintSolver;
using Logistics.Routing.Problem;

namespace Logistics.Routing.OrTools;

/// <summary>
/// The OR-Tools routing model of a <see cref="ProblemData"/>. Nodes are our locations (depots first, then clients);
/// one OR-Tools vehicle per vehicle of each type (a type's count is capped at the number of clients, since a used vehicle
/// serves at least one). The model:
/// <list type="bullet">
/// <item>arc cost of a vehicle = its unit distance cost × distance of its profile; <c>FixedCost</c> per used vehicle;</item>
/// <item>time (only when something about time binds or costs): transit = service at the origin + travel time of the
/// vehicle's profile, waiting as slack; the cumul is the start of service, restricted to the client's windows (gaps
/// between windows removed); departure and return within the shift; span ≤ <c>MaxDuration</c>; span cost =
/// <c>UnitDurationCost</c>;</item>
/// <item>distance (only when some <c>MaxDistance</c> binds): a dimension whose end cumul is the route distance;</item>
/// <item>load per dimension: with only deliveries (or only pickups) the usual running sum. With both, the load on board
/// is tracked exactly: a "net" dimension starts at the load carried out of the depot and changes by pickup − delivery
/// at each stop, bounded by [0, capacity] at every node; a second "delivered" dimension sums the deliveries, and one
/// constraint per vehicle makes the start load equal to the route's total delivery. So the load between any two stops
/// is (deliveries still on board) + (pickups so far), exactly as our engine counts it;</item>
/// <item>optional clients: a disjunction whose penalty is the prize; screened-out clients and depots that are no
/// vehicle's start or end: inactive.</item>
/// </list>
/// Times beyond every finite bound are clamped to a horizon no feasible schedule needs to pass (latest finite bound +
/// every service and longest outgoing leg); if that or a cost overflows 64 bits the problem is refused.
/// </summary>
internal sealed class OrToolsModel : IDisposable
{
    /// <summary>Our "no bound" values are at least this (<see cref="TimeWindow.Unbounded"/>, vehicle defaults).</summary>
    private const long Unbounded = long.MaxValue / 4;

    private readonly ProblemData _data;
    private readonly RoutingIndexManager _manager;
    private readonly int[] _vehicleType;
    private readonly List<Delegate> _callbacks = [];
    private long _maxArcCost;
    private long _horizon;

    private OrToolsModel(ProblemData data, RoutingIndexManager manager, RoutingModel routing, int[] vehicleType)
    {
        _data = data;
        _manager = manager;
        Routing = routing;
        _vehicleType = vehicleType;
    }

    public RoutingModel Routing { get; }

    /// <summary>True when time, a distance limit or a two-way load makes the order of the stops matter for feasibility.</summary>
    public bool OrderConstrained { get; private set; }

    /// <summary>Builds the model; adds to <paramref name="reasons"/> what cannot be expressed (then the model is not usable).</summary>
    public static OrToolsModel Build(ProblemData data, IReadOnlyList<UnservableClient> unservable, List<string> reasons)
    {
        int nodes = data.NumLocations;
        var types = new List<int>();
        for (int t = 0; t < data.VehicleTypes.Count; t++)
        {
            int count = Math.Min(data.VehicleTypes[t].Count, Math.Max(1, data.NumClients));
            types.AddRange(Enumerable.Repeat(t, count));
        }

        int[] vehicleType = types.ToArray();
        int vehicles = vehicleType.Length;
        if (vehicles == 0)
        {
            reasons.Add("没有车辆。/ The problem has no vehicle.");
        }

        int[] starts = vehicleType.Select(t => data.VehicleTypes[t].StartDepot).ToArray();
        int[] ends = vehicleType.Select(t => data.VehicleTypes[t].EndDepot).ToArray();
        var manager = new RoutingIndexManager(nodes, Math.Max(vehicles, 1), vehicles == 0 ? [0] : starts, vehicles == 0 ? [0] : ends);
        var routing = new RoutingModel(manager);
        var model = new OrToolsModel(data, manager, routing, vehicleType);
        if (reasons.Count > 0)
        {
            return model;
        }

        model.AddCosts(reasons);
        model.AddTime(reasons);
        model.AddDistanceLimit();
        model.AddLoads();
        model.AddVisits(unservable);
        return model;
    }

    /// <summary>The routes of a solution as (vehicle type, clients in order), empty routes included.</summary>
    public IEnumerable<(int VehicleType, IReadOnlyList<int> Clients)> Routes(Assignment assignment)
    {
        for (int v = 0; v < _vehicleType.Length; v++)
        {
            var clients = new List<int>();
            long index = assignment.Value(Routing.NextVar(Routing.Start(v)));
            while (!Routing.IsEnd(index))
            {
                clients.Add(_manager.IndexToNode(index) - _data.NumDepots);
                index = assignment.Value(Routing.NextVar(index));
            }

            yield return (_vehicleType[v], clients);
        }
    }

    public void Dispose()
    {
        Routing.Dispose();
        _manager.Dispose();
    }

    /// <summary>Node of every routing index (start and end indices included).</summary>
    private int[] NodeOfIndex()
    {
        int count = _manager.GetNumberOfIndices();
        var node = new int[count];
        for (int i = 0; i < count; i++)
        {
            node[i] = _manager.IndexToNode(i);
        }

        return node;
    }

    private int Register(Func<long, long, long> transit)
    {
        var callback = new LongLongToLong(transit);
        _callbacks.Add(callback);
        return Routing.RegisterTransitCallback(callback);
    }

    private int RegisterUnary(Func<long, long> transit)
    {
        var callback = new LongToLong(transit);
        _callbacks.Add(callback);
        return Routing.RegisterUnaryTransitCallback(callback);
    }

    private void AddCosts(List<string> reasons)
    {
        var node = NodeOfIndex();
        int n = _data.NumLocations;
        var evaluators = new Dictionary<(int Profile, long Unit), int>();
        for (int v = 0; v < _vehicleType.Length; v++)
        {
            var type = _data.VehicleTypes[_vehicleType[v]];
            var key = (type.Profile, type.UnitDistanceCost);
            if (!evaluators.TryGetValue(key, out int evaluator))
            {
                var arc = new long[n * n];
                try
                {
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            arc[i * n + j] = checked(type.UnitDistanceCost * _data.Distance(type.Profile, i, j));
                            _maxArcCost = Math.Max(_maxArcCost, arc[i * n + j]);
                        }
                    }
                }
                catch (OverflowException)
                {
                    reasons.Add($"车型 {type.Name} 的单位距离费用 × 距离超出 64 位整数。/ Vehicle type {type.Name}: unit distance cost × distance overflows 64 bits.");
                    return;
                }

                evaluator = Register((from, to) => arc[node[from] * n + node[to]]);
                evaluators[key] = evaluator;
            }

            Routing.SetArcCostEvaluatorOfVehicle(evaluator, v);
            Routing.SetFixedCostOfVehicle(type.FixedCost, v);
        }
    }

    private bool TimeBinds()
    {
        foreach (var c in _data.Clients)
        {
            if (c.TimeWindows.Count > 1 || c.TimeWindows[0].Early > 0 || c.TimeWindows[0].Late < Unbounded)
            {
                return true;
            }
        }

        return _data.VehicleTypes.Any(v => v.ShiftStart > 0 || v.ShiftEnd < Unbounded || v.MaxDuration < Unbounded || v.UnitDurationCost > 0);
    }

    /// <summary>Latest finite time bound plus every service and longest outgoing leg: no schedule that starts service as early as it may passes it.</summary>
    private long? Horizon()
    {
        try
        {
            long latest = 0;
            foreach (var v in _data.VehicleTypes)
            {
                latest = Math.Max(latest, v.ShiftStart);
                latest = v.ShiftEnd < Unbounded ? Math.Max(latest, v.ShiftEnd) : latest;
            }

            foreach (var w in _data.Clients.SelectMany(c => c.TimeWindows))
            {
                latest = Math.Max(latest, w.Early);
                latest = w.Late < Unbounded ? Math.Max(latest, w.Late) : latest;
            }

            long travel = 0;
            for (int i = 0; i < _data.NumLocations; i++)
            {
                long longest = 0;
                for (int p = 0; p < _data.NumProfiles; p++)
                {
                    for (int j = 0; j < _data.NumLocations; j++)
                    {
                        longest = Math.Max(longest, _data.Duration(p, i, j));
                    }
                }

                long service = i < _data.NumDepots ? 0 : _data.Clients[i - _data.NumDepots].ServiceDuration;
                travel = checked(travel + longest + service);
            }

            long horizon = checked(latest + travel);
            return horizon < Unbounded ? horizon : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private void AddTime(List<string> reasons)
    {
        if (!TimeBinds())
        {
            return;
        }

        OrderConstrained = true;
        if (Horizon() is not { } horizon)
        {
            reasons.Add("时间（时间窗、班次、服务与行驶时间之和）超出 64 位整数的安全范围。/ Times (windows, shifts, service and travel summed) exceed the safe 64-bit range.");
            return;
        }

        _horizon = horizon;

        var node = NodeOfIndex();
        int n = _data.NumLocations;
        var service = new long[n];
        for (int c = 0; c < _data.NumClients; c++)
        {
            service[_data.LocationOfClient(c)] = _data.Clients[c].ServiceDuration;
        }

        var perProfile = new Dictionary<int, int>();
        var evaluators = new int[_vehicleType.Length];
        for (int v = 0; v < _vehicleType.Length; v++)
        {
            int profile = _data.VehicleTypes[_vehicleType[v]].Profile;
            if (!perProfile.TryGetValue(profile, out int evaluator))
            {
                var transit = new long[n * n];
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        transit[i * n + j] = service[i] + _data.Duration(profile, i, j);
                    }
                }

                evaluator = Register((from, to) => transit[node[from] * n + node[to]]);
                perProfile[profile] = evaluator;
            }

            evaluators[v] = evaluator;
        }

        Routing.AddDimensionWithVehicleTransitAndCapacity(evaluators, horizon, Enumerable.Repeat(horizon, evaluators.Length).ToArray(), false, "Time");
        var dim = Routing.GetMutableDimension("Time");
        for (int v = 0; v < _vehicleType.Length; v++)
        {
            var type = _data.VehicleTypes[_vehicleType[v]];
            long shiftEnd = Math.Min(type.ShiftEnd, horizon);
            dim.CumulVar(Routing.Start(v)).SetRange(type.ShiftStart, shiftEnd);
            dim.CumulVar(Routing.End(v)).SetRange(type.ShiftStart, shiftEnd);
            if (type.MaxDuration < Unbounded)
            {
                dim.SetSpanUpperBoundForVehicle(type.MaxDuration, v);
            }

            dim.SetSpanCostCoefficientForVehicle(type.UnitDurationCost, v);
        }

        for (int c = 0; c < _data.NumClients; c++)
        {
            var windows = _data.Clients[c].TimeWindows;
            var cumul = dim.CumulVar(_manager.NodeToIndex(_data.LocationOfClient(c)));
            cumul.SetRange(windows[0].Early, Math.Min(windows[^1].Late, horizon));
            for (int k = 1; k < windows.Count; k++)
            {
                long gapFrom = windows[k - 1].Late + 1;
                long gapTo = windows[k].Early - 1;
                if (gapFrom <= gapTo)
                {
                    cumul.RemoveInterval(gapFrom, gapTo);
                }
            }
        }
    }

    private void AddDistanceLimit()
    {
        if (_vehicleType.All(t => _data.VehicleTypes[t].MaxDistance >= Unbounded))
        {
            return;
        }

        OrderConstrained = true;
        var node = NodeOfIndex();
        int n = _data.NumLocations;
        var perProfile = new Dictionary<int, int>();
        var evaluators = new int[_vehicleType.Length];
        var limits = new long[_vehicleType.Length];
        for (int v = 0; v < _vehicleType.Length; v++)
        {
            var type = _data.VehicleTypes[_vehicleType[v]];
            if (!perProfile.TryGetValue(type.Profile, out int evaluator))
            {
                int profile = type.Profile;
                evaluator = Register((from, to) => _data.Distance(profile, node[from], node[to]));
                perProfile[profile] = evaluator;
            }

            evaluators[v] = evaluator;
            limits[v] = type.MaxDistance;
        }

        Routing.AddDimensionWithVehicleTransitAndCapacity(evaluators, 0, limits, true, "Distance");
    }

    private void AddLoads()
    {
        var node = NodeOfIndex();
        int dims = _data.Dimensions;
        for (int d = 0; d < dims; d++)
        {
            int dim = d;
            var delivery = new long[_data.NumLocations];
            var pickup = new long[_data.NumLocations];
            for (int c = 0; c < _data.NumClients; c++)
            {
                delivery[_data.LocationOfClient(c)] = _data.Clients[c].Delivery[dim];
                pickup[_data.LocationOfClient(c)] = _data.Clients[c].Pickup[dim];
            }

            var capacity = _vehicleType.Select(t => _data.VehicleTypes[t].Capacity[dim]).ToArray();
            bool deliveries = delivery.Any(x => x > 0);
            bool pickups = pickup.Any(x => x > 0);
            if (!(deliveries && pickups))
            {
                // One way: the load on board is largest at the depot (all deliveries) or at the end (all pickups).
                var amount = deliveries ? delivery : pickup;
                Routing.AddDimensionWithVehicleCapacity(RegisterUnary(from => amount[node[from]]), 0, capacity, true, $"Load{d}");
                continue;
            }

            OrderConstrained = true;
            Routing.AddDimensionWithVehicleCapacity(RegisterUnary(from => pickup[node[from]] - delivery[node[from]]), 0, capacity, false, $"OnBoard{d}");
            Routing.AddDimensionWithVehicleCapacity(RegisterUnary(from => delivery[node[from]]), 0, capacity, true, $"Delivered{d}");
            var onBoard = Routing.GetMutableDimension($"OnBoard{d}");
            var delivered = Routing.GetMutableDimension($"Delivered{d}");
            var solver = Routing.solver();
            for (int v = 0; v < _vehicleType.Length; v++)
            {
                solver.Add(solver.MakeEquality(onBoard.CumulVar(Routing.Start(v)), delivered.CumulVar(Routing.End(v))));
            }
        }
    }

    private void AddVisits(IReadOnlyList<UnservableClient> unservable)
    {
        var starts = _vehicleType.Select(t => _data.VehicleTypes[t].StartDepot)
            .Concat(_vehicleType.Select(t => _data.VehicleTypes[t].EndDepot))
            .ToHashSet();
        var inactive = new List<int>(unservable.Select(u => _data.LocationOfClient(u.Client)));
        inactive.AddRange(Enumerable.Range(0, _data.NumDepots).Where(d => !starts.Contains(d)));
        foreach (int loc in inactive)
        {
            long index = _manager.NodeToIndex(loc);
            Routing.AddDisjunction([index], 0);
            Routing.ActiveVar(index).SetValue(0);
        }

        var skip = inactive.ToHashSet();
        long? drop = DropPenalty();
        for (int c = 0; c < _data.NumClients; c++)
        {
            int loc = _data.LocationOfClient(c);
            if (skip.Contains(loc))
            {
                continue;
            }

            if (!_data.Clients[c].Required)
            {
                Routing.AddDisjunction([_manager.NodeToIndex(loc)], _data.Clients[c].Prize);
            }
            else if (drop is { } penalty)
            {
                Routing.AddDisjunction([_manager.NodeToIndex(loc)], penalty);
            }
        }
    }

    /// <summary>
    /// When the fleet is limited or the order of stops is constrained, OR-Tools' first-solution heuristics may find no
    /// solution at all (Dethloff's fleets equal the best-known route counts). Then required clients may be left out at a
    /// penalty above the cost of any solution (every arc at its dearest, every fixed cost, every span over the whole
    /// horizon, every prize): one more required client served always pays, and a solution that leaves one out is
    /// returned as infeasible (<see cref="Solutions.Solution.AllRequiredVisited"/>), never as a cheaper answer. Null
    /// (required clients hard) when neither applies or the bound overflows.
    /// </summary>
    private long? DropPenalty()
    {
        bool fleetLimited = _data.VehicleTypes.Sum(v => (long)v.Count) < _data.NumClients;
        if (!fleetLimited && !OrderConstrained)
        {
            return null;
        }

        try
        {
            long bound = checked((_data.NumClients + (long)_vehicleType.Length) * _maxArcCost);
            foreach (int t in _vehicleType)
            {
                var type = _data.VehicleTypes[t];
                bound = checked(bound + type.FixedCost + (type.UnitDurationCost * _horizon));
            }

            bound = checked(bound + _data.Clients.Where(c => !c.Required).Sum(c => c.Prize) + 1);
            return bound < Unbounded ? bound : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
