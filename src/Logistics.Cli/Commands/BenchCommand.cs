using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Routing;
using Logistics.Routing.Benchmarks;
using Logistics.Routing.Solver;

namespace Logistics.Cli.Commands;

/// <summary><c>logistics bench FAMILY-or-DIR --time S --seeds K [--engine hgs|ortools] [--sol-dir DIR] --out results.csv</c>: runs a benchmark family and writes gaps to bks.csv.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var family = new Argument<string>("family") { Description = "Folder of instances, or a family under the benchmark root, e.g. cvrp/X, vrptw/solomon, vrpspd/dethloff" };
        var time = new Option<double>("--time") { Description = "Time limit per run in seconds", DefaultValueFactory = _ => 10 };
        var seeds = new Option<int>("--seeds") { Description = "Seeds 1..K per instance", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Offspring educated in parallel in the one search (the answer depends on seed and thread count)", DefaultValueFactory = _ => 1 };
        var only = new Option<string?>("--instances") { Description = "Comma-separated instance names to run (default: all)" };
        var outFile = new Option<string>("--out") { Description = "CSV file to write", DefaultValueFactory = _ => "results.csv" };
        var engineOption = EngineOption.Create();
        var solDir = new Option<string?>("--sol-dir") { Description = "把每次求解的路线写成 .sol 文件（INSTANCE-sSEED.sol）/ Write each run's routes as a .sol file (INSTANCE-sSEED.sol) to this folder" };
        var command = new Command("bench", "Run a benchmark family and report gaps / 批量测试");
        command.Arguments.Add(family);
        command.Options.Add(time);
        command.Options.Add(seeds);
        command.Options.Add(threads);
        command.Options.Add(only);
        command.Options.Add(outFile);
        command.Options.Add(engineOption);
        command.Options.Add(solDir);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var dir = BenchmarkLocator.Resolve(parse.GetValue(family)!);
            if (dir is null || !Directory.Exists(dir))
            {
                parse.InvocationConfiguration.Error.WriteLine($"Benchmark folder not found: {parse.GetValue(family)}");
                return 2;
            }

            var names = parse.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var files = Directory.EnumerateFiles(dir)
                .Where(BenchmarkReader.IsInstanceFile)
                .Where(f => names is null || names.Contains(Path.GetFileNameWithoutExtension(f)))
                .Order(StringComparer.Ordinal)
                .ToList();
            double seconds = parse.GetValue(time);
            int k = parse.GetValue(seeds);
            var records = new List<RunRecord>();
            using var writer = new StreamWriter(parse.GetValue(outFile)!);
            writer.WriteLine(RunRecord.CsvHeader);
            var ci = CultureInfo.InvariantCulture;
            var engine = EngineOption.Engine(parse.GetValue(engineOption)!);
            using var progress = WorkProgress.Start("基准 bench");
            foreach (var file in files)
            {
                var inst = BenchmarkReader.Read(file);
                for (int seed = 1; seed <= k; seed++)
                {
                    var report = progress.Solver($"{inst.Name} seed {seed} ({records.Count + 1}/{files.Count * k})", TimeSpan.FromSeconds(seconds), files.Count * k, inst.Published);
                    SolveResult result;
                    try
                    {
                        result = engine.Solve(inst.Data, new SolverOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds), Threads = parse.GetValue(threads) }, report);
                    }
                    catch (NotSupportedException ex)
                    {
                        parse.InvocationConfiguration.Error.WriteLine($"{inst.Name} [{engine.Name}]: {ex.Message}");
                        return 2;
                    }

                    var record = RunRecord.From(inst, file, seed, seconds, result);
                    if (parse.GetValue(solDir) is { } folder)
                    {
                        Directory.CreateDirectory(folder);
                        using var sol = new StreamWriter(Path.Combine(folder, string.Create(ci, $"{inst.Name}-s{seed}.sol")));
                        SolutionFileWriter.Write(sol, inst, result.Best);
                    }

                    records.Add(record);
                    writer.WriteLine(record.ToCsv());
                    writer.Flush();
                    output.WriteLine(string.Create(ci, $"{inst.Name} seed {seed} [{engine.Name}]: {record.Cost:0.####} ({record.Vehicles} routes, feasible {record.Feasible}) gap {record.Gap:0.000} % gap_distance {record.GapDistance:0.000} % ttb {record.TimeToBestSeconds:0.0} s"));
                }
            }

            progress.Dispose();
            if (records.Count > 0)
            {
                var gaps = records.Where(r => r.Gap is not null).Select(r => r.Gap!.Value).ToList();
                var gapsD = records.Where(r => r.GapDistance is not null).Select(r => r.GapDistance!.Value).ToList();
                output.WriteLine(string.Create(ci, $"engine {engine.Name}, runs {records.Count}, feasible {records.Count(r => r.Feasible)}, average gap {(gaps.Count > 0 ? gaps.Average() : double.NaN):0.000} %{(gapsD.Count > 0 ? string.Create(ci, $", average gap to distance BKS {gapsD.Average():0.000} %") : string.Empty)}, total cost {records.Sum(r => r.Cost):0.##}"));
            }

            return records.All(r => r.Feasible) ? 0 : 1;
        });
        return command;
    }
}
