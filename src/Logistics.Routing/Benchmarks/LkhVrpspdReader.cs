using System.Globalization;
using Logistics.Routing.Problem;

namespace Logistics.Routing.Benchmarks;

/// <summary>
/// Reads the LKH-3 VRPSPD/MVRPB files (Dethloff; Salhi–Nagy). Dethloff: EXPLICIT FULL_MATRIX of distance × 10⁴,
/// used as is. Salhi–Nagy: EXACT_2D coordinates, Euclidean distance × 10⁴ rounded. Travel time = distance; service
/// times (× 10⁴) and the DISTANCE route-length limit become the maximum route duration; the fleet is VEHICLES.
/// Each customer line gives delivery and pickup amounts in its last two fields (the roles are symmetric for the
/// objective on symmetric matrices).
/// </summary>
public static class LkhVrpspdReader
{
    public const double Scale = 10_000;

    public static BenchmarkInstance Read(string path)
    {
        string file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        int dimension = -1, vehicles = -1;
        long capacity = -1;
        double distanceLimit = 0;
        string weightType = string.Empty;
        string section = string.Empty;
        long[,]? matrix = null;
        var matrixValues = new List<long>();
        double[] x = [], y = [];
        long[] first = [], second = [], service = [];
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
                if (x.Length == 0 && dimension > 0)
                {
                    x = new double[dimension];
                    y = new double[dimension];
                    first = new long[dimension];
                    second = new long[dimension];
                    service = new long[dimension];
                }

                continue;
            }

            if (section.Length == 0 && BenchmarkText.TryHeader(line, out string key, out string value))
            {
                switch (key)
                {
                    case "DIMENSION": dimension = (int)BenchmarkText.Integer(value, file, ln + 1, key); break;
                    case "VEHICLES": vehicles = (int)BenchmarkText.Integer(value, file, ln + 1, key); break;
                    case "CAPACITY": capacity = BenchmarkText.Integer(value, file, ln + 1, key); break;
                    case "DISTANCE": distanceLimit = BenchmarkText.Number(value, file, ln + 1, key); break;
                    case "EDGE_WEIGHT_TYPE": weightType = value.ToUpperInvariant(); break;
                    case "EDGE_WEIGHT_FORMAT" when value.ToUpperInvariant() != "FULL_MATRIX":
                        throw BenchmarkText.Error(file, ln + 1, key, value, "only FULL_MATRIX is supported");
                }

                continue;
            }

            var t = BenchmarkText.Tokens(line);
            switch (section)
            {
                case "EDGE_WEIGHT_SECTION":
                    foreach (var tok in t)
                    {
                        matrixValues.Add(BenchmarkText.Integer(tok, file, ln + 1, "EDGE_WEIGHT_SECTION"));
                    }

                    break;
                case "NODE_COORD_SECTION":
                {
                    int id = (int)BenchmarkText.Integer(t[0], file, ln + 1, "id");
                    x[id - 1] = BenchmarkText.Number(t[1], file, ln + 1, "x");
                    y[id - 1] = BenchmarkText.Number(t[2], file, ln + 1, "y");
                    break;
                }

                case "PICKUP_AND_DELIVERY_SECTION":
                {
                    if (t.Length < 7)
                    {
                        throw BenchmarkText.Error(file, ln + 1, "PICKUP_AND_DELIVERY_SECTION", line, "expected 7 fields");
                    }

                    int id = (int)BenchmarkText.Integer(t[0], file, ln + 1, "id");
                    service[id - 1] = (long)Math.Round(BenchmarkText.Number(t[4], file, ln + 1, "service") * Scale);
                    first[id - 1] = BenchmarkText.Integer(t[5], file, ln + 1, "field 6");
                    second[id - 1] = BenchmarkText.Integer(t[6], file, ln + 1, "field 7");
                    break;
                }
            }
        }

        if (dimension < 2 || capacity < 0 || vehicles < 1)
        {
            throw BenchmarkText.Error(file, 1, "DIMENSION/CAPACITY/VEHICLES", null, "header lacks DIMENSION, CAPACITY or VEHICLES");
        }

        if (weightType == "EXPLICIT")
        {
            if (matrixValues.Count != dimension * dimension)
            {
                throw BenchmarkText.Error(file, 1, "EDGE_WEIGHT_SECTION", matrixValues.Count.ToString(CultureInfo.InvariantCulture), $"expected {dimension * dimension} matrix entries");
            }

            matrix = new long[dimension, dimension];
            for (int i = 0; i < dimension; i++)
            {
                for (int j = 0; j < dimension; j++)
                {
                    matrix[i, j] = matrixValues[i * dimension + j];
                }
            }
        }
        else if (weightType is "EXACT_2D" or "EUC_2D")
        {
            matrix = BenchmarkText.Euclidean(x, y, Scale, roundUp: false);
        }
        else
        {
            throw BenchmarkText.Error(file, 1, "EDGE_WEIGHT_TYPE", weightType, "expected EXPLICIT or EXACT_2D");
        }

        var builder = new ProblemBuilder();
        builder.AddDepot(new Depot("1"));
        var numbers = new int[dimension - 1];
        for (int i = 1; i < dimension; i++)
        {
            numbers[i - 1] = i;
            builder.AddClient(new Client((i + 1).ToString(CultureInfo.InvariantCulture), [second[i]], [first[i]], service[i], [TimeWindow.Unbounded]));
        }

        builder.AddProfile(matrix, (long[,])matrix.Clone());
        long maxDuration = distanceLimit > 0 ? (long)Math.Round(distanceLimit * Scale) : long.MaxValue / 4;
        builder.AddVehicleType(new VehicleType("vehicle", vehicles, [capacity], MaxDuration: maxDuration));
        return new BenchmarkInstance(Path.GetFileNameWithoutExtension(path), BenchmarkFormat.LkhVrpspd, builder.Build(), Scale, numbers);
    }
}
