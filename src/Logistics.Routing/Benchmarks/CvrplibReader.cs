using Logistics.Routing.Problem;

namespace Logistics.Routing.Benchmarks;

/// <summary>
/// Reads CVRPLIB <c>.vrp</c> files (TSPLIB format, EUC_2D): edge cost = Euclidean distance rounded to the nearest
/// integer; travel time = distance; node coordinates kept (for the SWAP* sector filter); unlimited fleet (one vehicle per client); client numbers = node id − 1.
/// </summary>
public static class CvrplibReader
{
    public static BenchmarkInstance Read(string path)
    {
        string file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        long capacity = -1;
        int dimension = -1;
        long distanceLimit = long.MaxValue / 4;
        long serviceTime = 0;
        string section = string.Empty;
        double[] x = [], y = [];
        long[] demand = [];
        int depot = 1;
        int[] ids = [];
        for (int ln = 0; ln < lines.Length; ln++)
        {
            string line = lines[ln].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.EndsWith("SECTION", StringComparison.OrdinalIgnoreCase) || line == "EOF")
            {
                section = line.ToUpperInvariant();
                if (dimension > 0 && x.Length == 0)
                {
                    x = new double[dimension];
                    y = new double[dimension];
                    demand = new long[dimension];
                    ids = new int[dimension];
                }

                continue;
            }

            if (section.Length == 0 && BenchmarkText.TryHeader(line, out string key, out string value))
            {
                switch (key)
                {
                    case "DIMENSION": dimension = (int)BenchmarkText.Integer(value, file, ln + 1, key); break;
                    case "CAPACITY": capacity = BenchmarkText.Integer(value, file, ln + 1, key); break;
                    case "DISTANCE": distanceLimit = (long)Math.Round(BenchmarkText.Number(value, file, ln + 1, key)); break;
                    case "SERVICE_TIME": serviceTime = (long)Math.Round(BenchmarkText.Number(value, file, ln + 1, key)); break;
                    case "EDGE_WEIGHT_TYPE" when value != "EUC_2D":
                        throw BenchmarkText.Error(file, ln + 1, key, value, "only EUC_2D is supported");
                }

                continue;
            }

            var t = BenchmarkText.Tokens(line);
            switch (section)
            {
                case "NODE_COORD_SECTION":
                {
                    int id = (int)BenchmarkText.Integer(t[0], file, ln + 1, "id");
                    if (id < 1 || id > dimension)
                    {
                        throw BenchmarkText.Error(file, ln + 1, "id", t[0], $"node id outside 1..{dimension}");
                    }

                    x[id - 1] = BenchmarkText.Number(t[1], file, ln + 1, "x");
                    y[id - 1] = BenchmarkText.Number(t[2], file, ln + 1, "y");
                    break;
                }

                case "DEMAND_SECTION":
                {
                    int id = (int)BenchmarkText.Integer(t[0], file, ln + 1, "id");
                    demand[id - 1] = BenchmarkText.Integer(t[1], file, ln + 1, "demand");
                    break;
                }

                case "DEPOT_SECTION":
                {
                    long id = BenchmarkText.Integer(t[0], file, ln + 1, "depot");
                    if (id > 0)
                    {
                        depot = (int)id;
                    }

                    break;
                }
            }
        }

        if (dimension < 2 || capacity < 0)
        {
            throw BenchmarkText.Error(file, 1, "DIMENSION/CAPACITY", null, "header lacks DIMENSION or CAPACITY");
        }

        if (depot != 1)
        {
            throw BenchmarkText.Error(file, 1, "DEPOT_SECTION", depot.ToString(System.Globalization.CultureInfo.InvariantCulture), "only depot = node 1 is supported");
        }

        var dist = BenchmarkText.Euclidean(x, y, 1.0, roundUp: false);
        var builder = new ProblemBuilder();
        builder.AddDepot(new Depot("1"));
        var numbers = new int[dimension - 1];
        for (int i = 1; i < dimension; i++)
        {
            builder.AddClient(new Client((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), [demand[i]], [0], serviceTime, [TimeWindow.Unbounded]));
            numbers[i - 1] = i;
        }

        builder.AddProfile(dist, (long[,])dist.Clone());
        builder.SetCoordinates(x, y);
        builder.AddVehicleType(new VehicleType("vehicle", dimension - 1, [capacity], MaxDuration: distanceLimit));
        return new BenchmarkInstance(Path.GetFileNameWithoutExtension(path), BenchmarkFormat.Cvrplib, builder.Build(), 1.0, numbers);
    }
}
