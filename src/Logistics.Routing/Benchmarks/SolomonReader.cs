using System.Globalization;
using Logistics.Routing.Problem;

namespace Logistics.Routing.Benchmarks;

/// <summary>
/// Reads Solomon and Gehring–Homberger VRPTW files. Distances are double-precision Euclidean scaled by
/// <see cref="Scale"/> and rounded; travel times are the same distances rounded up (so a route feasible here is
/// feasible in exact arithmetic); windows and service times are scaled exactly; coordinates are kept. The fleet is the file's vehicle
/// NUMBER; the shift is the depot's window. Objective: distance only (vehicles are free up to the fleet limit)
/// unless <paramref name="vehicleFixedCost"/> is given.
/// </summary>
public static class SolomonReader
{
    public const double Scale = 10_000;

    public static BenchmarkInstance Read(string path, long vehicleFixedCost = 0)
    {
        string file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        int fleet = -1;
        long capacity = -1;
        var rows = new List<double[]>();
        for (int ln = 0; ln < lines.Length; ln++)
        {
            var t = BenchmarkText.Tokens(lines[ln]);
            if (t.Length == 0)
            {
                continue;
            }

            if (t[0].Equals("NUMBER", StringComparison.OrdinalIgnoreCase))
            {
                // next non-empty line: NUMBER CAPACITY
                int k = ln + 1;
                while (k < lines.Length && BenchmarkText.Tokens(lines[k]).Length == 0)
                {
                    k++;
                }

                var v = BenchmarkText.Tokens(lines[k]);
                fleet = (int)BenchmarkText.Integer(v[0], file, k + 1, "NUMBER");
                capacity = BenchmarkText.Integer(v[1], file, k + 1, "CAPACITY");
                ln = k;
                continue;
            }

            if (t.Length == 7 && char.IsDigit(t[0][0]) && fleet > 0)
            {
                var row = new double[7];
                for (int c = 0; c < 7; c++)
                {
                    row[c] = BenchmarkText.Number(t[c], file, ln + 1, Columns[c]);
                }

                rows.Add(row);
            }
        }

        if (fleet < 1 || rows.Count < 2)
        {
            throw BenchmarkText.Error(file, 1, "VEHICLE/CUSTOMER", null, "no vehicle block or customer rows found");
        }

        int n = rows.Count;
        var x = rows.Select(r => r[1]).ToArray();
        var y = rows.Select(r => r[2]).ToArray();
        var dist = BenchmarkText.Euclidean(x, y, Scale, roundUp: false);
        var dur = BenchmarkText.Euclidean(x, y, Scale, roundUp: true);
        var builder = new ProblemBuilder();
        builder.AddDepot(new Depot(((int)rows[0][0]).ToString(CultureInfo.InvariantCulture)));
        var numbers = new int[n - 1];
        for (int i = 1; i < n; i++)
        {
            var r = rows[i];
            numbers[i - 1] = (int)r[0];
            builder.AddClient(new Client(
                numbers[i - 1].ToString(CultureInfo.InvariantCulture),
                [(long)r[3]],
                [0],
                Scaled(r[6]),
                [new TimeWindow(Scaled(r[4]), Scaled(r[5]))]));
        }

        builder.AddProfile(dist, dur);
        builder.SetCoordinates(x, y);
        builder.AddVehicleType(new VehicleType(
            "vehicle", fleet, [capacity], ShiftStart: Scaled(rows[0][4]), ShiftEnd: Scaled(rows[0][5]), FixedCost: vehicleFixedCost));
        return new BenchmarkInstance(Path.GetFileNameWithoutExtension(path), BenchmarkFormat.Solomon, builder.Build(), Scale, numbers);
    }

    private static readonly string[] Columns = ["CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"];

    private static long Scaled(double v) => (long)Math.Round(v * Scale);
}
