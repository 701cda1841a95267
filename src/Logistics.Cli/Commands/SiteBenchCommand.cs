using System.CommandLine;
using System.Globalization;
using System.Text;
using Logistics.Spatial.Siting;
using Logistics.Spatial.Siting.Benchmarks;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics site-bench --dir ../shared/benchmarks/pmedian [--time 10] [--out results.csv] [--markdown table.md]
/// [--instances pmed1,pmed2] [--seed N] [--mip] [--demo-cases]</c>: solves the OR-Library p-median instances and
/// compares with the optima; with <c>--mip</c> each case is also solved by OR-Tools' SCIP MIP
/// (<see cref="Spatial.OrTools.MipSitingSolver"/>, same time limit) as an independent check of the optimum and of our
/// bound; <c>--demo-cases</c> adds the demo county's maximal-covering and set-cover cases.
/// </summary>
public static class SiteBenchCommand
{
    public static Command Create()
    {
        var dirOption = new Option<DirectoryInfo>("--dir")
        {
            Description = "Folder with pmed*.txt and bks.csv / 基准实例目录",
            Required = true,
        };
        var timeOption = new Option<double>("--time")
        {
            Description = "Time limit per instance in seconds / 每个实例的时间上限（秒）",
            DefaultValueFactory = _ => 10,
        };
        var outOption = new Option<FileInfo?>("--out") { Description = "CSV file for the results / 结果 CSV" };
        var markdownOption = new Option<FileInfo?>("--markdown") { Description = "Markdown table of the results / 结果表 (Markdown)" };
        var instancesOption = new Option<string?>("--instances")
        {
            Description = "Comma-separated instance names (default: every pmed*.txt) / 指定实例",
        };
        var seedOption = new Option<int>("--seed")
        {
            Description = "Random seed / 随机种子",
            DefaultValueFactory = _ => new SitingOptions().Seed,
        };
        var mipOption = new Option<bool>("--mip")
        {
            Description = "Also solve each instance with OR-Tools' SCIP MIP (same time limit) and compare optimum and bounds / 同时用 OR-Tools SCIP 求解并对比",
        };
        var demoOption = new Option<bool>("--demo-cases")
        {
            Description = "Also run the demo county's maximal-covering (p 10, 1 km) and set-cover (3 km, 1 km) cases / 加上示例县的最大覆盖与集合覆盖",
        };
        var command = new Command("site-bench", "Run the OR-Library p-median benchmark / 运行 p-中位选址基准")
        {
            dirOption,
            timeOption,
            outOption,
            markdownOption,
            instancesOption,
            seedOption,
            mipOption,
            demoOption,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.InvocationConfiguration.Output,
            parse.GetValue(dirOption)!,
            parse.GetValue(timeOption),
            parse.GetValue(outOption),
            parse.GetValue(markdownOption),
            parse.GetValue(instancesOption),
            parse.GetValue(seedOption),
            parse.GetValue(mipOption),
            parse.GetValue(demoOption),
            cancellationToken)));
        return command;
    }

    private static int Run(
        TextWriter output,
        DirectoryInfo dir,
        double seconds,
        FileInfo? csvFile,
        FileInfo? markdownFile,
        string? instances,
        int seed,
        bool mip,
        bool demoCases,
        CancellationToken cancellationToken)
    {
        if (!dir.Exists)
        {
            output.WriteLine($"error: folder '{dir.FullName}' does not exist");
            return 2;
        }

        var optima = ReadOptima(Path.Combine(dir.FullName, "bks.csv"));
        var names = instances is null
            ? dir.GetFiles("pmed*.txt").Select(f => Path.GetFileNameWithoutExtension(f.Name))
                .OrderBy(n => int.Parse(n.AsSpan(4), CultureInfo.InvariantCulture)).ToList()
            : instances.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var options = new SitingOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = seed };
        var csv = new StringBuilder("instance,n,p,optimum,found,gap_pct,lower_bound,bound_gap_pct,time_to_best_s,total_s,status,nodes,iterations\n");
        var markdown = new StringBuilder();
        markdown.AppendLine("| instance | n | p | optimum | found | gap % | lower bound | bound gap % | time to best (s) | total time (s) | status |");
        markdown.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var comparison = new StringBuilder();
        comparison.AppendLine("| case | ours: value | ours: bound | ours: time to best (s) | ours: total (s) | MIP: value | MIP: bound | MIP: total (s) | MIP status | same optimum | our bound valid |");
        comparison.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |");
        int withinOnePercent = 0;
        double worstGap = 0;
        double totalSeconds = 0;
        foreach (var name in names)
        {
            var instance = OrLibraryPMedianReader.ReadFile(Path.Combine(dir.FullName, name + ".txt"));
            var result = SitingSolver.Solve(instance.ToProblem(), options, null, cancellationToken);
            long? optimum = optima.TryGetValue(name, out long o) ? o : null;
            double? gap = optimum is { } opt && result.Value is { } v ? 100.0 * (v - opt) / opt : null;
            double? boundGap = result.Gap * 100;
            if (gap is { } g)
            {
                withinOnePercent += g <= 1.0 ? 1 : 0;
                worstGap = Math.Max(worstGap, g);
            }

            totalSeconds += result.Elapsed.TotalSeconds;
            string line = string.Create(CultureInfo.InvariantCulture,
                $"{name},{instance.VertexCount},{instance.MedianCount},{optimum},{result.Value},{gap:F3},{result.Bound},{boundGap:F3},{result.TimeToBest.TotalSeconds:F2},{result.Elapsed.TotalSeconds:F2},{result.Status},{result.Nodes},{result.Iterations}");
            csv.AppendLine(line);
            markdown.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {instance.VertexCount} | {instance.MedianCount} | {optimum} | {result.Value} | {gap:F2} | {result.Bound} | {boundGap:F2} | {result.TimeToBest.TotalSeconds:F2} | {result.Elapsed.TotalSeconds:F2} | {result.Status} |"));
            output.WriteLine(line);
            if (mip)
            {
                Compare(output, comparison, name, instance.ToProblem(), result, seconds);
            }
        }

        if (demoCases)
        {
            var demo = Planning.Demo.EmbeddedDemo.Load();
            foreach (var (label, model, p, threshold) in new[]
            {
                ("demo mclp p=10 1km", SitingObjective.MaximalCovering, (int?)10, "1km"),
                ("demo mclp p=10 3km", SitingObjective.MaximalCovering, (int?)10, "3km"),
                ("demo setcover 3km", SitingObjective.SetCover, null, "3km"),
                ("demo setcover 1km", SitingObjective.SetCover, null, "1km"),
            })
            {
                var problem = Planning.Coverage.ScenarioSitingProblem.Build(demo, new Planning.Coverage.ScenarioSitingRequest
                {
                    Model = model,
                    NewOutlets = p,
                    Threshold = Spatial.Coverage.CoverageThreshold.Parse(threshold),
                }).Problem;
                var ours = SitingSolver.Solve(problem, options, null, cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label},ours,{ours.Value},{ours.Bound},{ours.Status},{ours.Elapsed.TotalSeconds:F2}"));
                if (mip)
                {
                    Compare(output, comparison, label, problem, ours, seconds);
                }
            }
        }

        string summary = string.Create(CultureInfo.InvariantCulture,
            $"{withinOnePercent}/{names.Count} within 1 % of the optimum; worst gap {worstGap:F3} %; mean time {totalSeconds / Math.Max(1, names.Count):F2} s");
        output.WriteLine(summary);
        if (csvFile is not null)
        {
            File.WriteAllText(csvFile.FullName, csv.ToString());
        }

        if (markdownFile is not null)
        {
            markdown.AppendLine().AppendLine(summary);
            if (mip)
            {
                markdown.AppendLine().Append(comparison);
            }

            File.WriteAllText(markdownFile.FullName, markdown.ToString());
        }

        return 0;
    }

    /// <summary>Solves the same problem with OR-Tools' SCIP MIP and writes one comparison row.</summary>
    private static void Compare(TextWriter output, StringBuilder table, string name, SitingProblem problem, SitingResult ours, double seconds)
    {
        var m = Spatial.OrTools.MipSitingSolver.Solve(problem, TimeSpan.FromSeconds(seconds));
        bool maximise = problem.Objective == SitingObjective.MaximalCovering;

        // Our bound is valid when no proven answer of the MIP beats it: ≤ the MIP's value when minimising, ≥ when maximising.
        bool valid = ours.Bound is not { } b || m.Value is not { } mv || (maximise ? b >= mv : b <= mv);
        bool same = ours.Value == m.Value;
        string row = string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {ours.Value} | {ours.Bound} | {ours.TimeToBest.TotalSeconds:F2} | {ours.Elapsed.TotalSeconds:F2} | {m.Value} | {m.Bound} | {m.Elapsed.TotalSeconds:F2} | {m.SolverStatus} | {(same ? "yes" : "no")} | {(valid ? "yes" : "**no**")} |");
        table.AppendLine(row);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name},mip,{m.Value},{m.Bound},{m.SolverStatus},{m.Elapsed.TotalSeconds:F2},same={same},our-bound-valid={valid}"));
    }

    private static Dictionary<string, long> ReadOptima(string path)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length >= 2 && long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
            {
                result[fields[0]] = value;
            }
        }

        return result;
    }
}
