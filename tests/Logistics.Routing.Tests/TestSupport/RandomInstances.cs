using Logistics.Routing.Problem;

namespace Logistics.Routing.Tests.TestSupport;

/// <summary>Small random instances of each problem variant (coordinates in a 100 × 100 square, rounded Euclidean).</summary>
public static class RandomInstances
{
    /// <param name="coordinates">Also give the builder the coordinates (they only steer the SWAP* sector filter).</param>
    public static ProblemData Create(Variant variant, int clients, int seed, bool coordinates = false)
    {
        var rng = new Random(seed);
        int depots = variant == Variant.MultiDepot ? 2 : 1;
        int n = depots + clients;
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = rng.Next(101);
            y[i] = rng.Next(101);
        }

        var m = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (long)Math.Round(Math.Sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])));
            }
        }

        long maxRoundTrip = 0;
        for (int c = depots; c < n; c++)
        {
            for (int d = 0; d < depots; d++)
            {
                maxRoundTrip = Math.Max(maxRoundTrip, m[d, c] + m[c, d]);
            }
        }

        var b = new ProblemBuilder();
        for (int d = 0; d < depots; d++)
        {
            b.AddDepot(new Depot($"D{d}"));
        }

        int dims = variant == Variant.TwoDimensions ? 2 : 1;
        for (int c = 0; c < clients; c++)
        {
            long[] delivery = Enumerable.Range(0, dims).Select(_ => (long)rng.Next(1, 11)).ToArray();
            long[] pickup = variant == Variant.Vrpspd ? [rng.Next(0, 11)] : new long[dims];
            long service = variant is Variant.Vrptw or Variant.MaxDuration or Variant.MultiWindow ? 10 : 0;
            TimeWindow[] windows = [TimeWindow.Unbounded];
            if (variant == Variant.Vrptw)
            {
                long early = m[0, depots + c] + rng.Next(0, 150);
                windows = [new TimeWindow(early, early + rng.Next(30, 90))];
            }
            else if (variant == Variant.MultiWindow)
            {
                long e1 = rng.Next(0, 100);
                long l1 = e1 + rng.Next(10, 40);
                long e2 = l1 + rng.Next(20, 80);
                windows = [new TimeWindow(e1, l1), new TimeWindow(e2, e2 + rng.Next(10, 40))];
            }

            bool optional = variant == Variant.Prizes && c % 2 == 1;
            b.AddClient(new Client($"C{c}", delivery, pickup, service, windows, !optional, optional ? rng.Next(10, 90) : 0));
        }

        b.AddProfile(m, (long[,])m.Clone());
        if (coordinates)
        {
            b.SetCoordinates(x, y);
        }

        switch (variant)
        {
            case Variant.HeterogeneousFixedCost:
                b.AddVehicleType(new VehicleType("small", 3, [12], FixedCost: 40));
                b.AddVehicleType(new VehicleType("large", 2, [30], FixedCost: 150));
                break;
            case Variant.MultiDepot:
                b.AddVehicleType(new VehicleType("d0", Math.Max(2, clients / 3), [20], StartDepot: 0, EndDepot: 0));
                b.AddVehicleType(new VehicleType("d1", Math.Max(2, clients / 3), [20], StartDepot: 1, EndDepot: 1));
                break;
            case Variant.Vrptw:
                b.AddVehicleType(new VehicleType("v", clients, [30], ShiftStart: 0, ShiftEnd: 300 + maxRoundTrip, UnitDurationCost: 1));
                break;
            case Variant.MultiWindow:
                b.AddVehicleType(new VehicleType("v", clients, [30], ShiftStart: 0, ShiftEnd: 300 + maxRoundTrip));
                break;
            case Variant.MaxDuration:
                b.AddVehicleType(new VehicleType("v", clients, [40], MaxDuration: maxRoundTrip + 60));
                break;
            case Variant.MaxDistance:
                b.AddVehicleType(new VehicleType("v", clients, [40], MaxDistance: maxRoundTrip + 40));
                break;
            case Variant.Prizes:
                b.AddVehicleType(new VehicleType("v", 2, [15], FixedCost: 10));
                break;
            case Variant.TwoDimensions:
                b.AddVehicleType(new VehicleType("v", clients, [18, 14]));
                break;
            default:
                b.AddVehicleType(new VehicleType("v", clients, [20]));
                break;
        }

        return b.Build();
    }
}
