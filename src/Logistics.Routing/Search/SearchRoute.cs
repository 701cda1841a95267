using Logistics.Routing.Problem;
using Logistics.Routing.Search.Segments;

namespace Logistics.Routing.Search;

/// <summary>
/// A route under local search: the visits of one vehicle slot with cached prefix and suffix segment data, so that
/// concatenations of route pieces are evaluated in O(1). Position 0 is the start depot, positions
/// <c>1..NumClients</c> the clients and <c>NumClients + 1</c> the end depot.
/// </summary>
internal sealed class SearchRoute
{
    private readonly ProblemData _data;

    public SearchRoute(ProblemData data, int index, int vehicleType)
    {
        _data = data;
        Index = index;
        VehicleTypeIndex = vehicleType;
        Vehicle = data.VehicleTypes[vehicleType];
        Profile = Vehicle.Profile;
        StartDepot = Vehicle.StartDepot;
        EndDepot = Vehicle.EndDepot;
        Capacity = Vehicle.Capacity.ToArray();
        FixedCost = Vehicle.FixedCost;
        UnitDistanceCost = Vehicle.UnitDistanceCost;
        DistanceMatrix = data.DistanceMatrix(Profile);
        BoundMatrix = data.BoundDistanceMatrix(Profile);
        DurationMatrix = data.DurationMatrix(Profile);
        int dims = data.Dimensions;
        LoadPrefix = new LoadSegment[dims][];
        LoadSuffix = new LoadSegment[dims][];
        Resize(8);
        Update();
    }

    public int Index { get; }

    public int VehicleTypeIndex { get; }

    public VehicleType Vehicle { get; }

    public int Profile { get; }

    public int StartDepot { get; }

    public int EndDepot { get; }

    /// <summary><see cref="VehicleType.Capacity"/> of the vehicle, copied to an array for the hot loops.</summary>
    public long[] Capacity { get; }

    /// <summary><see cref="VehicleType.FixedCost"/> of the vehicle (copied for the move bounds).</summary>
    public long FixedCost { get; }

    /// <summary><see cref="VehicleType.UnitDistanceCost"/> of the vehicle (copied for the move bounds).</summary>
    public long UnitDistanceCost { get; }

    public long[] DistanceMatrix { get; }

    /// <summary>32-bit lower bound of <see cref="DistanceMatrix"/> (see <see cref="ProblemData.BoundDistanceMatrix"/>): for added edges in move bounds.</summary>
    public int[] BoundMatrix { get; }

    public long[] DurationMatrix { get; }

    /// <summary>The client locations in visiting order: the source of truth; call <see cref="Update"/> after changing it.</summary>
    public List<int> Clients { get; } = [];

    /// <summary>Number of clients as of the last <see cref="Update"/>.</summary>
    public int NumClients { get; private set; }

    public int[] Nodes { get; private set; } = [];

    public long[] DistPrefix { get; private set; } = [];

    /// <summary>
    /// Distance of the route driven backwards up to each position: <c>RevDistPrefix[p]</c> sums the edges
    /// <c>Nodes[k] → Nodes[k - 1]</c> for <c>k = 1..p</c>, so a reversed range costs O(1) (asymmetric matrices too).
    /// </summary>
    public long[] RevDistPrefix { get; private set; } = [];

    public DurationSegment[] DsPrefix { get; private set; } = [];

    public DurationSegment[] DsSuffix { get; private set; } = [];

    public LoadSegment[][] LoadPrefix { get; }

    public LoadSegment[][] LoadSuffix { get; }

    public RouteStats Stats { get; private set; }

    /// <summary>Penalised cost of the route under the search state's evaluator (kept current by <see cref="SearchState"/>).</summary>
    public long Cost { get; set; }

    /// <summary>Local-search step at which this route last changed.</summary>
    public int LastModified { get; set; }

    public bool IsEmpty => NumClients == 0;

    /// <summary>
    /// Arc around <see cref="StartDepot"/> holding the polar angles of the clients (as of the last <see cref="Update"/>);
    /// meaningful only when the problem has coordinates and the route is not empty.
    /// </summary>
    public CircleSector Sector;

    public DurationSegment StartSegment => DurationSegment.Node(0, Vehicle.ShiftStart, Vehicle.ShiftEnd);

    public DurationSegment EndSegment => DurationSegment.Node(0, Vehicle.ShiftStart, Vehicle.ShiftEnd);

    private void Resize(int size)
    {
        Nodes = new int[size];
        DistPrefix = new long[size];
        RevDistPrefix = new long[size];
        DsPrefix = new DurationSegment[size];
        DsSuffix = new DurationSegment[size];
        for (int d = 0; d < LoadPrefix.Length; d++)
        {
            LoadPrefix[d] = new LoadSegment[size];
            LoadSuffix[d] = new LoadSegment[size];
        }
    }

    /// <summary>Recomputes positions and cached segments from <see cref="Clients"/>.</summary>
    public void Update()
    {
        int n = Clients.Count;
        if (Nodes.Length < n + 2)
        {
            Resize(Math.Max(n + 2, Nodes.Length * 2));
        }

        Nodes[0] = StartDepot;
        for (int i = 0; i < n; i++)
        {
            Nodes[i + 1] = Clients[i];
        }

        Nodes[n + 1] = EndDepot;
        int nl = _data.NumLocations;
        int dims = _data.Dimensions;
        var del = _data.Delivery;
        var pick = _data.Pickup;

        NumClients = n;
        bool timed = !(_data.TimeFree && _data.OneWayLoads);
        DistPrefix[0] = 0;
        RevDistPrefix[0] = 0;
        DsPrefix[0] = StartSegment;
        for (int d = 0; d < dims; d++)
        {
            LoadPrefix[d][0] = default;
        }

        for (int p = 1; p <= n + 1; p++)
        {
            int from = Nodes[p - 1];
            int to = Nodes[p];
            DistPrefix[p] = DistPrefix[p - 1] + DistanceMatrix[from * nl + to];
            RevDistPrefix[p] = RevDistPrefix[p - 1] + DistanceMatrix[to * nl + from];
            if (timed)
            {
                long edge = DurationMatrix[from * nl + to];
                DsPrefix[p] = p == n + 1
                    ? DurationSegment.Merge(DsPrefix[p - 1], EndSegment, edge)
                    : DurationSegment.Merge(DsPrefix[p - 1], NodeSegment(_data, DsPrefix[p - 1], edge, to), edge);
            }

            for (int d = 0; d < dims; d++)
            {
                LoadPrefix[d][p] = p == n + 1
                    ? LoadPrefix[d][p - 1]
                    : LoadSegment.Merge(LoadPrefix[d][p - 1], LoadSegment.Node(del[to * dims + d], pick[to * dims + d]));
            }
        }

        // Suffixes over clients only (positions k..n), the end depot is appended by whoever uses them. Problems
        // where only distance and one-way loads count never read them (see Proposal.Evaluate).
        if (n > 0 && timed)
        {
            int last = Nodes[n];
            DsSuffix[n] = DurationSegment.Node(_data.Service[last], _data.TwEarly[last], _data.TwLate[last]);
            for (int d = 0; d < dims; d++)
            {
                LoadSuffix[d][n] = LoadSegment.Node(del[last * dims + d], pick[last * dims + d]);
            }

            for (int p = n - 1; p >= 1; p--)
            {
                int loc = Nodes[p];
                var node = DurationSegment.Node(_data.Service[loc], _data.TwEarly[loc], _data.TwLate[loc]);
                DsSuffix[p] = DurationSegment.Merge(node, DsSuffix[p + 1], DurationMatrix[loc * nl + Nodes[p + 1]]);
                for (int d = 0; d < dims; d++)
                {
                    LoadSuffix[d][p] = LoadSegment.Merge(LoadSegment.Node(del[loc * dims + d], pick[loc * dims + d]), LoadSuffix[d][p + 1]);
                }
            }
        }

        long excess = 0;
        var cap = Capacity;
        for (int d = 0; d < dims; d++)
        {
            excess += Math.Max(LoadPrefix[d][n + 1].MaxLoad - cap[d], 0);
        }

        var angles = _data.PolarAngles?[StartDepot];
        if (angles is not null && n > 0)
        {
            Sector = CircleSector.Of(angles[Nodes[1]]);
            for (int p = 2; p <= n; p++)
            {
                Sector.Extend(angles[Nodes[p]]);
            }
        }

        var ds = timed ? DsPrefix[n + 1] : default;
        Stats = new RouteStats(n, DistPrefix[n + 1], ds.Duration, ds.TimeWarp, excess);
    }

    /// <summary>
    /// The duration segment of visiting <paramref name="loc"/> after a sequence <paramref name="before"/> with travel
    /// time <paramref name="edge"/>. With several windows, the first window that the earliest arrival can still reach
    /// is used (the last one when none can).
    /// </summary>
    public static DurationSegment NodeSegment(ProblemData data, in DurationSegment before, long edge, int loc)
    {
        if (!data.HasGaps[loc])
        {
            return DurationSegment.Node(data.Service[loc], data.TwEarly[loc], data.TwLate[loc]);
        }

        long arrival = before.EarliestEnd + edge;
        var windows = data.Windows[loc];
        foreach (var w in windows)
        {
            if (w.Late >= arrival)
            {
                return DurationSegment.Node(data.Service[loc], w.Early, w.Late);
            }
        }

        return DurationSegment.Node(data.Service[loc], windows[^1].Early, windows[^1].Late);
    }
}
