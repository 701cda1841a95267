namespace Logistics.Planning.Periodic;

/// <summary>
/// An instance in the solver's integer units, rounded once here: distance × <see cref="Scale"/> rounded, travel time the
/// same distance rounded up and service times rounded up (so a route within the duration limit here is within it in exact
/// arithmetic), demands rounded up and capacities and limits rounded down. Location 0 is the depot, location i+1 customer i.
/// </summary>
internal sealed class PeriodicMatrix
{
    public const double Scale = 10_000;

    public PeriodicMatrix(PeriodicInstance instance)
    {
        Instance = instance;
        var n = instance.Customers.Count + 1;
        var x = new double[n];
        var y = new double[n];
        x[0] = instance.DepotX;
        y[0] = instance.DepotY;
        for (var i = 1; i < n; i++)
        {
            x[i] = instance.Customers[i - 1].X;
            y[i] = instance.Customers[i - 1].Y;
        }

        Distance = new long[n, n];
        Time = new long[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = Math.Sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])) * Scale;
                Distance[i, j] = (long)Math.Round(d, MidpointRounding.AwayFromZero);
                Time[i, j] = (long)Math.Ceiling(d - 1e-7);
            }
        }

        var t = instance.Days;
        Service = new long[n - 1, t];
        Demand = new long[n - 1, t];
        for (var c = 0; c < n - 1; c++)
        {
            for (var d = 0; d < t; d++)
            {
                Service[c, d] = Up(instance.Customers[c].Service[d] * Scale);
                Demand[c, d] = Up(instance.Customers[c].Demand[d]);
            }
        }

        Capacity = instance.Capacity.Select(q => (long)Math.Floor(q + 1e-9)).ToArray();
        MaxDuration = instance.MaxDuration.Select(l => double.IsPositiveInfinity(l) ? long.MaxValue / 4 : (long)Math.Floor(l * Scale + 1e-6)).ToArray();
    }

    public PeriodicInstance Instance { get; }

    public long[,] Distance { get; }

    public long[,] Time { get; }

    /// <summary>Service time of customer c (0-based) on day d (0-based).</summary>
    public long[,] Service { get; }

    public long[,] Demand { get; }

    public long[] Capacity { get; }

    public long[] MaxDuration { get; }

    public int Customers => Instance.Customers.Count;

    /// <summary>Travel distance of a route (customer indices, 0-based) from and back to the depot.</summary>
    public long RouteDistance(IReadOnlyList<int> route)
    {
        long sum = 0;
        var prev = 0;
        foreach (var c in route)
        {
            sum += Distance[prev, c + 1];
            prev = c + 1;
        }

        return sum + Distance[prev, 0];
    }

    /// <summary>Travel + service time of a route on day d (0-based).</summary>
    public long RouteDuration(IReadOnlyList<int> route, int day)
    {
        long sum = 0;
        var prev = 0;
        foreach (var c in route)
        {
            sum += Time[prev, c + 1] + Service[c, day];
            prev = c + 1;
        }

        return sum + Time[prev, 0];
    }

    public long RouteLoad(IReadOnlyList<int> route, int day)
    {
        long sum = 0;
        foreach (var c in route)
        {
            sum += Demand[c, day];
        }

        return sum;
    }

    public bool Fits(IReadOnlyList<int> route, int day) =>
        RouteLoad(route, day) <= Capacity[day] && RouteDuration(route, day) <= MaxDuration[day];

    private static long Up(double v) => (long)Math.Ceiling(v - 1e-7);
}
