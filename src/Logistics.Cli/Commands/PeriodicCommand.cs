using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Routing;
using Logistics.Core.Errors;
using Logistics.Planning.Periodic;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics periodic solve|bench|check</c>: the periodic (PVRP, Cordeau) and consistent (ConVRP, Groër) benchmark
/// families, solved by the line planner's periodic machinery and checked by the independent re-coster.
/// </summary>
public static class PeriodicCommand
{
    public static Command Create()
    {
        var command = new Command("periodic", "Periodic / consistent VRP benchmarks (PVRP, ConVRP) / 周期性与一致性车辆路径算例");
        command.Subcommands.Add(Solve());
        command.Subcommands.Add(Bench());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Option<PeriodicMode> ModeOption() =>
        new("--mode") { Description = "free: each day on its own; consistent: one vehicle and a fixed order per customer / 自由或一致模式", DefaultValueFactory = _ => PeriodicMode.Consistent };

    private static Command Solve()
    {
        var instance = new Argument<string>("instance") { Description = "Instance file (.txt Cordeau PVRP, .vrp Groër ConVRP), or a path under the benchmark root" };
        var mode = ModeOption();
        var time = new Option<double>("--time") { Description = "Time limit in seconds / 时间上限（秒）", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed / 随机种子", DefaultValueFactory = _ => 1 };
        var limit = new Option<double?>("--arrival-limit") { Description = "ConVRP: largest arrival spread L (default: max_arrival_diff_L of bks.csv)" };
        var sol = new Option<string?>("--sol") { Description = "Write the solution (.res layout for PVRP, Day/Vehicle lines for ConVRP) / 写出解" };
        var command = new Command("solve", "Solve one periodic instance / 求解一个周期性算例");
        command.Arguments.Add(instance);
        command.Options.Add(mode);
        command.Options.Add(time);
        command.Options.Add(seed);
        command.Options.Add(limit);
        command.Options.Add(sol);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = BenchmarkLocator.Resolve(parse.GetValue(instance)!);
            if (path is null || !File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"找不到算例 / instance not found: {parse.GetValue(instance)}");
                return 2;
            }

            try
            {
                var row = Run(path, parse.GetValue(mode), parse.GetValue(time), parse.GetValue(seed), parse.GetValue(limit), parse.GetValue(sol));
                output.WriteLine(row.Line());
                return row.Feasible ? 0 : 1;
            }
            catch (DataValidationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command Bench()
    {
        var family = new Argument<string>("family") { Description = "Folder of instances, e.g. pvrp/cordeau or convrp/groer2009" };
        var mode = ModeOption();
        var time = new Option<double>("--time") { Description = "Time limit per instance in seconds", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var only = new Option<string?>("--instances") { Description = "Comma-separated instance names (default: all)" };
        var outFile = new Option<string>("--out") { Description = "CSV file to write", DefaultValueFactory = _ => "periodic.csv" };
        var solDir = new Option<string?>("--sol-dir") { Description = "Write each solution into this folder" };
        var command = new Command("bench", "Run a periodic family and report gaps / 周期性算例批量测试");
        command.Arguments.Add(family);
        command.Options.Add(mode);
        command.Options.Add(time);
        command.Options.Add(seed);
        command.Options.Add(only);
        command.Options.Add(outFile);
        command.Options.Add(solDir);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var dir = BenchmarkLocator.Resolve(parse.GetValue(family)!);
            if (dir is null || !Directory.Exists(dir))
            {
                parse.InvocationConfiguration.Error.WriteLine($"找不到算例目录 / benchmark folder not found: {parse.GetValue(family)}");
                return 2;
            }

            var names = parse.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var files = PeriodicFiles.Instances(dir).Where(f => names is null || names.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
            var sols = parse.GetValue(solDir);
            if (sols is not null)
            {
                Directory.CreateDirectory(sols);
            }

            using var writer = new StreamWriter(parse.GetValue(outFile)!);
            writer.WriteLine(BenchRow.CsvHeader);
            var rows = new List<BenchRow>();
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var solPath = sols is null ? null : Path.Combine(sols, name + (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ".res" : ".sol"));
                BenchRow row;
                try
                {
                    row = Run(file, parse.GetValue(mode), parse.GetValue(time), parse.GetValue(seed), null, solPath);
                }
                catch (DataValidationException e)
                {
                    parse.InvocationConfiguration.Error.WriteLine(e.Message);
                    return 2;
                }

                rows.Add(row);
                writer.WriteLine(row.Csv());
                writer.Flush();
                output.WriteLine(row.Line());
            }

            var gaps = rows.Where(r => r.Gap is not null).Select(r => r.Gap!.Value).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"instances {rows.Count}, feasible {rows.Count(r => r.Feasible)}, mean gap {(gaps.Count > 0 ? gaps.Average() : double.NaN):0.000} %"));
            return rows.All(r => r.Feasible) ? 0 : 1;
        });
        return command;
    }

    private static Command Check()
    {
        var instance = new Argument<string>("instance") { Description = "Instance file" };
        var solution = new Argument<string>("solution") { Description = "Solution file (.res or Day/Vehicle lines)" };
        var consistent = new Option<bool>("--consistent") { Description = "Also check one vehicle per customer and the arrival spread / 检查一致性" };
        var limit = new Option<double?>("--arrival-limit") { Description = "L (default: max_arrival_diff_L of bks.csv)" };
        var command = new Command("check", "Re-cost and check a periodic solution independently / 独立复核周期性解");
        command.Arguments.Add(instance);
        command.Arguments.Add(solution);
        command.Options.Add(consistent);
        command.Options.Add(limit);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = BenchmarkLocator.Resolve(parse.GetValue(instance)!);
            if (path is null || !File.Exists(path) || !File.Exists(parse.GetValue(solution)))
            {
                parse.InvocationConfiguration.Error.WriteLine("找不到算例或解文件 / instance or solution file not found");
                return 2;
            }

            PeriodicInstance inst;
            PeriodicSolution sol;
            try
            {
                inst = PeriodicFiles.Read(path);
                sol = PeriodicSolutionReader.Read(parse.GetValue(solution)!);
            }
            catch (DataValidationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 2;
            }

            var l = parse.GetValue(limit) ?? PeriodicReference.For(path)?.ArrivalLimit;
            var check = PeriodicChecker.Check(inst, sol, parse.GetValue(consistent), l);
            var ci = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(ci, $"{inst.Name}: 成本 cost {check.Cost(inst.Kind):0.00} (travel {check.Travel:0.00}, service {check.Service:0.00}), stated {sol.StatedCost?.ToString("0.00", ci) ?? "-"}, routes {check.Routes}, vehicles {check.Vehicles}, max arrival spread {check.MaxArrivalSpread:0.00}{(l is null ? string.Empty : string.Create(ci, $" (L {l})"))}, violations {check.Violations.Count}"));
            foreach (var note in check.Notes)
            {
                output.WriteLine($"note: {note}");
            }

            foreach (var v in check.Violations)
            {
                output.WriteLine($"{v.Code}: {v.Message}");
            }

            return check.IsFeasible ? 0 : 1;
        });
        return command;
    }

    private static BenchRow Run(string path, PeriodicMode mode, double seconds, int seed, double? limit, string? solPath)
    {
        var inst = PeriodicFiles.Read(path);
        var reference = PeriodicReference.For(path);
        var l = inst.Kind == PeriodicKind.ConVrp ? limit ?? reference?.ArrivalLimit : null;
        var result = PeriodicPlanner.Solve(inst, mode, new PeriodicOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds), ArrivalLimit = l });
        if (solPath is not null)
        {
            using var w = new StreamWriter(solPath);
            PeriodicSolutionWriter.Write(w, inst, result.Solution);
        }

        return new BenchRow(inst, mode, seconds, seed, l, reference, result);
    }

    private sealed record BenchRow(PeriodicInstance Instance, PeriodicMode Mode, double Seconds, int Seed, double? Limit, PeriodicReference? Reference, PeriodicResult Result)
    {
        public const string CsvHeader = "instance,kind,mode,seed,time_s,cost,travel,service,routes,vehicles,max_arrival_spread,L,feasible,violations,reference_cost,gap_pct,template_tabu_cost,gap_tabu_pct,elapsed_s";

        public double Cost => Result.Check.Cost(Instance.Kind);

        public bool Feasible => Result.Check.IsFeasible;

        public double? Gap => Reference?.Cost is { } c ? 100 * (Cost - c) / c : null;

        public double? GapTabu => Reference?.TemplateTabu is { } c ? 100 * (Cost - c) / c : null;

        public string Csv() => string.Create(CultureInfo.InvariantCulture,
            $"{Instance.Name},{Instance.Kind},{Mode},{Seed},{Seconds},{Cost:0.00},{Result.Check.Travel:0.00},{Result.Check.Service:0.00},{Result.Check.Routes},{Result.Check.Vehicles},{Result.Check.MaxArrivalSpread:0.00},{Limit},{Feasible},{string.Join(' ', Result.Check.Violations.Select(v => v.Code).Distinct())},{Reference?.Cost},{Gap:0.000},{Reference?.TemplateTabu},{GapTabu:0.000},{Result.Elapsed.TotalSeconds:0.0}");

        public string Line() => string.Create(CultureInfo.InvariantCulture,
            $"{Instance.Name} {Mode}: cost {Cost:0.00}, routes {Result.Check.Routes}, vehicles {Result.Check.Vehicles}, max arrival spread {Result.Check.MaxArrivalSpread:0.00}{(Limit is null ? string.Empty : $" (L {Limit})")}, feasible {Feasible}{(Feasible ? string.Empty : " [" + string.Join(' ', Result.Check.Violations.Select(v => v.Code).Distinct()) + "]")}, gap {Gap:0.000} %{(GapTabu is null ? string.Empty : $", vs template tabu {GapTabu:0.000} %")}, {Result.Elapsed.TotalSeconds:0.0} s");
    }
}
