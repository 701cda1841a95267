using System.Globalization;
using Logistics.Routing.Benchmarks;
using Logistics.Routing.Solver;

namespace Logistics.Cli.Commands.Routing;

/// <summary>One solver run on a benchmark instance, with its gaps to the best-known values.</summary>
public sealed record RunRecord(
    string Instance,
    int Seed,
    double TimeLimitSeconds,
    double Cost,
    int Vehicles,
    bool Feasible,
    BksEntry? Bks,
    BksEntry? BksDistance,
    double TimeToBestSeconds,
    double ElapsedSeconds,
    long Iterations)
{
    public const string CsvHeader =
        "instance,seed,time_limit_s,cost,vehicles,feasible,bks,gap_pct,bks_vehicles,bks_distance,gap_distance_pct,time_to_best_s,elapsed_s,iterations";

    public static RunRecord From(BenchmarkInstance instance, string path, int seed, double timeLimit, SolveResult result)
    {
        var bks = BenchmarkLocator.FindBks(path, instance.Name);
        var bksDistance = BenchmarkLocator.FindBks(path, instance.Name, "bks_distance.csv");
        return new RunRecord(
            instance.Name,
            seed,
            timeLimit,
            instance.Published(result.Best.Cost),
            result.Best.NumRoutes,
            result.Best.IsFeasible,
            bks,
            bksDistance,
            result.TimeToBest.TotalSeconds,
            result.Elapsed.TotalSeconds,
            result.Iterations);
    }

    public double? Gap => Bks is null ? null : 100.0 * (Cost - Bks.Cost) / Bks.Cost;

    public double? GapDistance => BksDistance is null ? null : 100.0 * (Cost - BksDistance.Cost) / BksDistance.Cost;

    public string ToCsv()
    {
        var ci = CultureInfo.InvariantCulture;
        string F(double? v, string format) => v is null ? string.Empty : v.Value.ToString(format, ci);
        return string.Join(',',
            Instance,
            Seed.ToString(ci),
            TimeLimitSeconds.ToString("0.###", ci),
            Cost.ToString("0.####", ci),
            Vehicles.ToString(ci),
            Feasible ? "true" : "false",
            F(Bks?.Cost, "0.####"),
            F(Gap, "0.000"),
            Bks?.Vehicles?.ToString(ci) ?? string.Empty,
            F(BksDistance?.Cost, "0.####"),
            F(GapDistance, "0.000"),
            TimeToBestSeconds.ToString("0.00", ci),
            ElapsedSeconds.ToString("0.00", ci),
            Iterations.ToString(ci));
    }
}
