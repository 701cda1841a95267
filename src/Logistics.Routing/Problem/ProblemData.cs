using Logistics.Routing.Search;

namespace Logistics.Routing.Problem;

/// <summary>
/// Immutable, validated routing problem. Build it with <see cref="ProblemBuilder"/>.
/// Locations are numbered depots first (<c>0 .. NumDepots-1</c>) then clients
/// (<c>NumDepots .. NumLocations-1</c>); matrices are indexed by location.
/// </summary>
public sealed class ProblemData
{
    private readonly long[][] _distance;
    private readonly long[][] _duration;

    internal ProblemData(
        IReadOnlyList<Depot> depots,
        IReadOnlyList<Client> clients,
        IReadOnlyList<VehicleType> vehicleTypes,
        int dimensions,
        long[][] distance,
        long[][] duration,
        double[]? x = null,
        double[]? y = null)
    {
        Depots = depots;
        Clients = clients;
        VehicleTypes = vehicleTypes;
        Dimensions = dimensions;
        _distance = distance;
        _duration = duration;
        NumLocations = depots.Count + clients.Count;

        int n = NumLocations;
        Delivery = new long[n * dimensions];
        Pickup = new long[n * dimensions];
        Service = new long[n];
        TwEarly = new long[n];
        TwLate = new long[n];
        Prize = new long[n];
        IsRequired = new bool[n];
        HasGaps = new bool[n];
        Windows = new TimeWindow[n][];
        for (int i = 0; i < depots.Count; i++)
        {
            TwLate[i] = long.MaxValue / 4;
            IsRequired[i] = true;
            Windows[i] = [TimeWindow.Unbounded];
        }

        for (int c = 0; c < clients.Count; c++)
        {
            var client = clients[c];
            int loc = depots.Count + c;
            for (int d = 0; d < dimensions; d++)
            {
                Delivery[loc * dimensions + d] = client.Delivery[d];
                Pickup[loc * dimensions + d] = client.Pickup[d];
            }

            Service[loc] = client.ServiceDuration;
            Windows[loc] = client.TimeWindows.ToArray();
            TwEarly[loc] = Windows[loc][0].Early;
            TwLate[loc] = Windows[loc][^1].Late;
            HasGaps[loc] = Windows[loc].Length > 1;
            Prize[loc] = client.Required ? 0 : client.Prize;
            IsRequired[loc] = client.Required;
        }

        AnyGaps = HasGaps.Any(g => g);
        TimeFree = !AnyGaps
            && Enumerable.Range(0, n).All(l => TwEarly[l] == 0 && TwLate[l] >= long.MaxValue / 4)
            && vehicleTypes.All(v => v.ShiftStart == 0 && v.ShiftEnd >= long.MaxValue / 4 && v.MaxDuration >= long.MaxValue / 4 && v.UnitDurationCost == 0);
        OneWayLoads = Enumerable.Range(0, dimensions).All(d =>
            Enumerable.Range(0, n).All(l => Delivery[l * dimensions + d] == 0)
            || Enumerable.Range(0, n).All(l => Pickup[l * dimensions + d] == 0));
        OneWayDemand = new long[n * dimensions];
        for (int k = 0; k < OneWayDemand.Length; k++)
        {
            OneWayDemand[k] = Delivery[k] + Pickup[k];
        }
        _boundDistance = new int[distance.Length][];
        for (int p = 0; p < distance.Length; p++)
        {
            var source = distance[p];
            var clamped = new int[source.Length];
            for (int k = 0; k < source.Length; k++)
            {
                clamped[k] = (int)Math.Min(source[k], int.MaxValue);
            }

            _boundDistance[p] = clamped;
        }

        if (x is not null && y is not null)
        {
            _x = x;
            _y = y;
            PolarAngles = new int[depots.Count][];
            for (int d = 0; d < depots.Count; d++)
            {
                var angles = new int[n];
                for (int loc = 0; loc < n; loc++)
                {
                    angles[loc] = CircleSector.Angle(x[loc] - x[d], y[loc] - y[d]);
                }

                PolarAngles[d] = angles;
            }
        }
    }

    private readonly double[]? _x;
    private readonly double[]? _y;

    /// <summary>Whether planar coordinates were given (<see cref="ProblemBuilder.SetCoordinates"/>).</summary>
    public bool HasCoordinates => _x is not null;

    /// <summary>X coordinate of a location, or null when the problem has no coordinates.</summary>
    public double? X(int location) => _x?[location];

    /// <summary>Y coordinate of a location, or null when the problem has no coordinates.</summary>
    public double? Y(int location) => _y?[location];

    /// <summary>
    /// Per depot, the polar angle of every location around it on the 0..65535 circle (<see cref="CircleSector"/>);
    /// null without coordinates.
    /// </summary>
    internal int[][]? PolarAngles { get; }

    private readonly int[][] _boundDistance;

    public IReadOnlyList<Depot> Depots { get; }

    public IReadOnlyList<Client> Clients { get; }

    public IReadOnlyList<VehicleType> VehicleTypes { get; }

    /// <summary>Number of load dimensions (length of every demand and capacity vector).</summary>
    public int Dimensions { get; }

    /// <summary>Number of travel profiles (matrix pairs).</summary>
    public int NumProfiles => _distance.Length;

    public int NumDepots => Depots.Count;

    public int NumClients => Clients.Count;

    public int NumLocations { get; }

    /// <summary>Total number of vehicles over all types.</summary>
    public int NumVehicles => VehicleTypes.Sum(v => v.Count);

    /// <summary>Location index of client <paramref name="client"/> (0-based client index).</summary>
    public int LocationOfClient(int client) => NumDepots + client;

    public long Distance(int profile, int from, int to) => _distance[profile][from * NumLocations + to];

    public long Duration(int profile, int from, int to) => _duration[profile][from * NumLocations + to];

    internal long[] DistanceMatrix(int profile) => _distance[profile];

    internal long[] DurationMatrix(int profile) => _duration[profile];

    /// <summary>
    /// The distance matrix in 32 bits, entries above <see cref="int.MaxValue"/> clamped to it: never more than the true
    /// distance, so sums of its entries are valid lower bounds; half the memory of the exact matrix, for the move
    /// bounds that the search evaluates by the million.
    /// </summary>
    internal int[] BoundDistanceMatrix(int profile) => _boundDistance[profile];

    // Flat per-location arrays used by the search (location-indexed; depots have zero demand).
    internal long[] Delivery { get; }

    internal long[] Pickup { get; }

    internal long[] Service { get; }

    internal long[] TwEarly { get; }

    internal long[] TwLate { get; }

    internal long[] Prize { get; }

    internal bool[] IsRequired { get; }

    /// <summary>True for locations with more than one time window (gaps between windows).</summary>
    internal bool[] HasGaps { get; }

    internal bool AnyGaps { get; }

    internal TimeWindow[][] Windows { get; }

    /// <summary>
    /// True when no time window, shift or duration limit binds and duration costs nothing: route cost then depends on
    /// distance and load only (CVRP-like problems), and the search skips the duration segments.
    /// </summary>
    internal bool TimeFree { get; }

    /// <summary>
    /// True when in every load dimension either nothing is delivered or nothing is picked up: the largest load on board
    /// is then the route's total in that dimension, a difference of prefix sums.
    /// </summary>
    internal bool OneWayLoads { get; }

    /// <summary>Delivery plus pickup per location and dimension: the amount that counts against capacity when <see cref="OneWayLoads"/>.</summary>
    internal long[] OneWayDemand { get; }
}
