using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Logistics.Cli.Commands.Routing;
using Logistics.Routing.Benchmarks;
using Logistics.Routing.Solver;

namespace Logistics.Cli.Commands;

/// <summary><c>logistics solve INSTANCE --time S --seed N [--engine hgs|ortools] [--sol FILE] [--json FILE]</c>: solves one benchmark instance.</summary>
public static class SolveCommand
{
    public static Command Create()
    {
        var instance = new Argument<string>("instance") { Description = "Instance file, or a name/path under the benchmark root (../shared/benchmarks)" };
        var time = new Option<double>("--time") { Description = "Time limit in seconds / 时间上限（秒）", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed / 随机种子", DefaultValueFactory = _ => 1 };
        var iterations = new Option<long?>("--iterations") { Description = "Optional iteration limit" };
        var threads = new Option<int>("--threads") { Description = "Offspring educated in parallel in the one search (the answer depends on seed and thread count)", DefaultValueFactory = _ => 1 };
        var sol = new Option<string?>("--sol") { Description = "Write the routes in .sol format to this file" };
        var json = new Option<string?>("--json") { Description = "Write a JSON summary to this file" };
        var engineOption = EngineOption.Create();
        var command = new Command("solve", "Solve a routing benchmark instance / 求解车辆路径算例");
        command.Arguments.Add(instance);
        command.Options.Add(time);
        command.Options.Add(seed);
        command.Options.Add(iterations);
        command.Options.Add(threads);
        command.Options.Add(sol);
        command.Options.Add(json);
        command.Options.Add(engineOption);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            string name = parse.GetValue(instance)!;
            var path = BenchmarkLocator.Resolve(name);
            if (path is null || !File.Exists(path))
            {
                error.WriteLine($"Instance not found: {name}");
                return 2;
            }

            var inst = BenchmarkReader.Read(path);
            double seconds = parse.GetValue(time);
            int s = parse.GetValue(seed);
            var options = new SolverOptions
            {
                Seed = s,
                TimeLimit = TimeSpan.FromSeconds(seconds),
                MaxIterations = parse.GetValue(iterations),
                Threads = parse.GetValue(threads),
            };
            var engine = EngineOption.Engine(parse.GetValue(engineOption)!);
            SolveResult result;
            try
            {
                result = engine.Solve(inst.Data, options);
            }
            catch (NotSupportedException ex)
            {
                error.WriteLine($"{inst.Name} [{engine.Name}]: {ex.Message}");
                return 2;
            }

            var record = RunRecord.From(inst, path, s, seconds, result);
            var ci = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(ci, $"{inst.Name}: cost {SolutionFileWriter.FormatCost(inst, result.Best.Cost)}, {result.Best.NumRoutes} routes, feasible {result.Best.IsFeasible}, time to best {result.TimeToBest.TotalSeconds:0.0} s, {result.Iterations} iterations, engine {engine.Name}"));
            if (record.Gap is { } gap)
            {
                output.WriteLine(string.Create(ci, $"gap to bks.csv ({record.Bks!.Cost}): {gap:0.000} %"));
            }

            if (record.GapDistance is { } gd)
            {
                output.WriteLine(string.Create(ci, $"gap to bks_distance.csv ({record.BksDistance!.Cost}): {gd:0.000} %"));
            }

            foreach (var u in result.Unservable)
            {
                output.WriteLine($"unservable client {inst.ClientNumbers[u.Client]}: {u.Reason}: {u.Message}");
            }

            if (parse.GetValue(sol) is { } solPath)
            {
                using var writer = new StreamWriter(solPath);
                SolutionFileWriter.Write(writer, inst, result.Best);
            }

            if (parse.GetValue(json) is { } jsonPath)
            {
                var doc = new
                {
                    instance = inst.Name,
                    engine = engine.Name,
                    seed = s,
                    timeLimitSeconds = seconds,
                    cost = record.Cost,
                    feasible = result.Best.IsFeasible,
                    vehicles = result.Best.NumRoutes,
                    bks = record.Bks?.Cost,
                    gapPercent = record.Gap,
                    timeToBestSeconds = result.TimeToBest.TotalSeconds,
                    iterations = result.Iterations,
                    routes = result.Best.Routes.Select(r => r.Clients.Select(c => inst.ClientNumbers[c]).ToArray()).ToArray(),
                    unservable = result.Unservable.Select(u => new { client = inst.ClientNumbers[u.Client], reason = u.Reason.ToString(), u.Message }).ToArray(),
                    history = result.History.Select(h => new { seconds = h.Elapsed.TotalSeconds, cost = inst.Published(h.Cost), h.Feasible }).ToArray(),
                };
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
            }

            return result.Best.IsFeasible ? 0 : 1;
        });
        return command;
    }
}
