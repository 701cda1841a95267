using System.CommandLine;
using System.Globalization;
using System.Text;
using Logistics.Spatial.Siting;
using Logistics.Spatial.Siting.Benchmarks;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics site-bench --dir ../shared/benchmarks/pmedian [--time 10] [--out results.csv] [--markdown table.md]
/// [--instances pmed1,pmed2] [--seed N]</c>: solves the OR-Library p-median instances and compares with the optima.
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
        var command = new Command("site-bench", "Run the OR-Library p-median benchmark / 运行 p-中位选址基准")
        {
            dirOption,
            timeOption,
            outOption,
            markdownOption,
            instancesOption,
            seedOption,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.InvocationConfiguration.Output,
            parse.GetValue(dirOption)!,
            parse.GetValue(timeOption),
            parse.GetValue(outOption),
            parse.GetValue(markdownOption),
            parse.GetValue(instancesOption),
            parse.GetValue(seedOption),
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
            File.WriteAllText(markdownFile.FullName, markdown.ToString());
        }

        return 0;
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
