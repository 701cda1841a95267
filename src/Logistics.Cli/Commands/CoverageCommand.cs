using System.CommandLine;
using System.Globalization;
using System.Text;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Demo;
using Logistics.Planning.Import;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Projection;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics coverage [scenario] --threshold 3km [--threshold 15min …] [--graph graph.bin|file.osm.pbf|http://osrm]
/// [--plan plan.json] [--geojson out.geojson] [--csv out.csv] [--outlets-only] [--add ID …] [--remove ID …]</c>: how
/// well the outlets cover the villages, county-wide and per township, and the uncovered villages; travel times along
/// the roads when a road graph or OSRM server is given (straight line × circuity otherwise); with a line plan, the
/// visits per week each village's nearest outlet gets; with <c>--add</c>/<c>--remove</c>, the change a what-if makes.
/// Without a scenario path the embedded demo county is used. Labels are Chinese first, then English.
/// </summary>
public static class CoverageCommand
{
    public static Command Create()
    {
        var pathArgument = ScenarioArgument();
        var thresholdOption = new Option<string[]>("--threshold")
        {
            Description = "Coverage threshold, repeatable: 3km, 500m, 15min / 覆盖阈值（可多次）",
            DefaultValueFactory = _ => ["3km", "15min"],
        };
        var geoJsonOption = new Option<FileInfo?>("--geojson")
        {
            Description = "Write the service area of the first threshold and the uncovered villages / 服务范围 GeoJSON",
        };
        var csvOption = new Option<FileInfo?>("--csv") { Description = "Write one row per village / 逐村覆盖 CSV" };
        var outletsOnlyOption = OutletsOnlyOption();
        var addOption = new Option<string[]>("--add")
        {
            Description = "What-if: open an outlet at this candidate site or village (id), repeatable / 假设新增网点",
        };
        var removeOption = new Option<string[]>("--remove")
        {
            Description = "What-if: close this outlet (id), repeatable / 假设撤销网点",
        };
        var graphOption = new Option<string?>("--graph", "--roads")
        {
            Description = "Travel times on roads: graph file from 'roads build', an OSM file, or an OSRM URL / 路网文件或OSRM服务地址",
        };
        var accessSpeedOption = new Option<double?>("--access-speed")
        {
            Description = "Add each site's straight leg to its road at this speed, km/h (graph only) / 站点到道路的接驳速度",
        };
        var snapWarningOption = new Option<double>("--snap-warning")
        {
            Description = "Warn when a site is farther from its road (m) / 吸附距离警告阈值(米)",
            DefaultValueFactory = _ => TravelWarnings.DefaultSnapWarningMetres,
        };
        var planOption = new Option<string?>("--plan")
        {
            Description = "Line plan (logistics-plan/1 JSON): weekly visits from its lines / 线路方案（每周频次取自线路）",
        };
        var command = new Command("coverage", "Village coverage by outlets / 行政村网点覆盖率")
        {
            graphOption,
            accessSpeedOption,
            snapWarningOption,
            planOption,
            pathArgument,
            thresholdOption,
            geoJsonOption,
            csvOption,
            outletsOnlyOption,
            addOption,
            removeOption,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse, cancellationToken)));
        return command;

        int Run(ParseResult parse, CancellationToken cancellationToken)
        {
            var output = parse.InvocationConfiguration.Output;
            var scenario = LoadScenario(output, parse.GetValue(pathArgument));
            if (scenario is null)
            {
                return 1;
            }

            var thresholds = ParseThresholds(output, parse.GetValue(thresholdOption) ?? []);
            if (thresholds is null)
            {
                return 1;
            }

            var change = new OutletChange
            {
                Add = Ids(parse.GetValue(addOption)),
                Remove = Ids(parse.GetValue(removeOption)),
            };
            RoadsCommand.OpenedProvider? roads = null;
            try
            {
                var plan = parse.GetValue(planOption) is { } planPath ? LinePlanJson.Read(planPath) : null;
                if (parse.GetValue(graphOption) is { } graph)
                {
                    roads = RoadsCommand.OpenProvider(graph, parse.GetValue(accessSpeedOption), cancellationToken);
                }

                var options = new CoverageOptions
                {
                    Thresholds = thresholds,
                    StationsAreOutlets = !parse.GetValue(outletsOnlyOption),
                    TravelTimes = roads?.Provider,
                    SnapWarningMetres = parse.GetValue(snapWarningOption),
                };
                var whatIf = WhatIfAnalysis.Run(scenario, change, options, plan, cancellationToken);
                var report = whatIf.After;
                WriteHeader(output, scenario, report, plan);
                WriteWarnings(output, report);
                WriteCounty(output, report);
                WriteTownships(output, report);
                WriteUncovered(output, report);
                if (!change.IsEmpty)
                {
                    WriteWhatIf(output, whatIf);
                }

                if (parse.GetValue(csvOption) is { } csv)
                {
                    using var writer = new StreamWriter(csv.FullName, false, new UTF8Encoding(true));
                    CoverageCsv.Write(writer, report);
                    output.WriteLine($"已写出 / Written: {csv.FullName}");
                }

                if (parse.GetValue(geoJsonOption) is { } geoJson)
                {
                    if (report.FollowsRoads && report.Thresholds[0].Kind == CoverageThresholdKind.TravelTime)
                    {
                        output.WriteLine($"未写出 / Not written: {geoJson.FullName}: 路网车程服务范围需要等时线 / a {report.Thresholds[0]} service area on roads needs isochrones, which are not drawn; put a distance threshold first");
                        return 1;
                    }

                    var geometry = new GeometryServices();
                    var map = new ServiceAreaMap(geometry, new ProjectionFactory(geometry)).Build(scenario, report, 0, options);
                    new GeoJsonWriter(decimals: 6).WriteFile(geoJson.FullName, map);
                    output.WriteLine($"已写出 / Written: {geoJson.FullName} ({report.Thresholds[0]})");
                }
            }
            catch (DataValidationException e)
            {
                output.WriteLine($"[errors] {ProblemReport.Counts(e.Errors)}");
                ProblemReport.WriteAll(output, e.Errors);
                return 1;
            }
            catch (HttpRequestException e)
            {
                output.WriteLine($"[errors] {e.Message}");
                return 1;
            }
            finally
            {
                roads?.Dispose();
            }

            return 0;
        }
    }

    internal static Argument<string?> ScenarioArgument() => new("scenario")
    {
        Description = "Scenario JSON or directory (default: the embedded demo county) / 情景文件或目录（默认示例县）",
        Arity = ArgumentArity.ZeroOrOne,
    };

    internal static Option<bool> OutletsOnlyOption() => new("--outlets-only")
    {
        Description = "Township stations do not count as outlets / 乡镇站不计为网点",
    };

    /// <summary>
    /// The scenario at <paramref name="path"/> (its import warnings printed first), or the embedded demo county; null
    /// after printing the errors.
    /// </summary>
    internal static Scenario? LoadScenario(TextWriter output, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return EmbeddedDemo.Load();
        }

        var result = ScenarioImporter.Read(path, new ImportOptions());
        if (result.Value is null || result.Problems.Any(p => p.Severity == DataErrorSeverity.Error))
        {
            output.WriteLine($"[errors] {path}: {ProblemReport.Counts(result.Problems)}");
            ProblemReport.WriteAll(output, result.Problems);
            return null;
        }

        if (result.Warnings.Count > 0)
        {
            output.WriteLine($"[warnings] {path}: {ProblemReport.Counts(result.Problems)}");
            ProblemReport.WriteAll(output, result.Warnings);
        }

        return result.Value;
    }

    /// <summary>Parsed thresholds, or null after printing why one is invalid.</summary>
    internal static List<CoverageThreshold>? ParseThresholds(TextWriter output, IEnumerable<string> texts)
    {
        var thresholds = new List<CoverageThreshold>();
        foreach (var text in texts.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!CoverageThreshold.TryParse(text, out var threshold, out var error))
            {
                output.WriteLine($"error: {error}");
                return null;
            }

            thresholds.Add(threshold);
        }

        if (thresholds.Count == 0)
        {
            output.WriteLine("error: 至少需要一个阈值 / at least one --threshold is needed");
            return null;
        }

        return thresholds;
    }

    private static List<SiteId> Ids(string[]? texts) =>
        (texts ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => new SiteId(t))
            .ToList();

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static void WriteHeader(TextWriter o, Scenario scenario, CoverageReport report, LinePlan? plan)
    {
        var c = CultureInfo.InvariantCulture;
        int outlets = report.Outlets.Count(s => s.Tier == SiteTier.VillageOutlet);
        int stations = report.Outlets.Count(s => s.Tier == SiteTier.TownshipStation);
        int others = report.Outlets.Count - outlets - stations;
        o.WriteLine($"情景 / Scenario: {scenario.Name}");
        o.WriteLine(string.Create(c,
            $"网点 / Outlets: {report.Outlets.Count} (村级站点 / village outlets {outlets}, 乡镇站 / stations {stations}{(others > 0 ? $", 新增 / added {others}" : string.Empty)})"));
        o.WriteLine(string.Create(c,
            $"行政村 / Villages: {report.Villages.Count}; 人口 / Population: {report.County[0].Population:N0}"));
        o.WriteLine($"车程 / Travel time: {report.TravelTimes}");
        o.WriteLine(plan is null
            ? "每周频次 / Weekly visits: 未给线路方案，仅列要求频次 / no line plan given (--plan): required visits only"
            : string.Create(c, $"每周频次 / Weekly visits: 线路方案 / line plan '{plan.ScenarioName}', {plan.Lines.Count} 条线路 lines"));
    }

    private static void WriteWarnings(TextWriter o, CoverageReport report)
    {
        if (report.Warnings.Count > 0)
        {
            o.WriteLine($"[warnings] {ProblemReport.Counts(report.Warnings)}");
            ProblemReport.WriteAll(o, report.Warnings);
        }

        var unreachable = report.Unreachable;
        if (unreachable.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"无路可达任何网点的行政村 / Villages that reach no outlet by road: {unreachable.Count}"));
            foreach (var v in unreachable)
            {
                o.WriteLine($"  {v.Village.Id} {v.Village.Name} ({v.Village.TownshipCode})");
            }
        }
    }

    private static void WriteCounty(TextWriter o, CoverageReport report)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine("全县覆盖率 / County coverage");
        o.WriteLine("  阈值 threshold | 覆盖村数 covered villages | 按村数 by count | 覆盖人口 covered population | 按人口 by population");
        foreach (var s in report.County)
        {
            o.WriteLine(string.Create(c,
                $"  {s.Threshold,-8} | {s.CoveredVillages,4} / {s.Villages,-4} | {Percent(s.ShareByCount),8} | {s.CoveredPopulation,9:N0} / {s.Population:N0} | {Percent(s.ShareByPopulation),8}"));
        }
    }

    private static void WriteTownships(TextWriter o, CoverageReport report)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine("分乡镇覆盖率 / Coverage by township");
        o.WriteLine("  乡镇代码 code | 乡镇站 station | 村数 villages | "
            + string.Join(" | ", report.Thresholds.Select(t => $"{t} 按村/count, 按人口/population")));
        foreach (var t in report.Townships)
        {
            var shares = string.Join(" | ", t.Shares.Select(s => string.Create(c,
                $"{s.CoveredVillages}/{s.Villages} {Percent(s.ShareByCount)}, {Percent(s.ShareByPopulation)}")));
            var station = t.StationName.Length > 0 ? t.StationName : "（无站 / no station）";
            o.WriteLine(string.Create(c, $"  {(t.TownshipCode.Length > 0 ? t.TownshipCode : "-"),-9} | {station} | {t.Shares[0].Villages,3} | {shares}"));
        }
    }

    private static void WriteUncovered(TextWriter o, CoverageReport report)
    {
        var c = CultureInfo.InvariantCulture;
        for (int k = 0; k < report.Thresholds.Count; k++)
        {
            var uncovered = report.Uncovered(k);
            o.WriteLine();
            o.WriteLine(string.Create(c, $"未覆盖行政村 / Uncovered villages ({report.Thresholds[k]}): {uncovered.Count}"));
            foreach (var v in uncovered)
            {
                var nearest = v.NearestByDistance is { } n ? $"{n.Id} {n.Name}" : "无网点 / no outlet";
                var time = v.NearestByTime is null ? "无路可达 / no road" : string.Create(c, $"{v.Time.Minutes:0} min");
                var visits = v.VisitDays is { } days
                    ? string.Create(c, $"; 每周 {v.WeeklyVisits} 次/visits a week ({(days.IsEmpty ? "无线路停靠 / no line stops" : days.ToChinese())}, 要求/required {v.RequiredVisitsPerWeek})")
                    : string.Empty;
                o.WriteLine(string.Create(c,
                    $"  {v.Village.Id} {v.Village.Name} ({v.Village.TownshipCode}) 人口/pop {v.Village.Population:N0}; 最近网点/nearest {nearest}: {v.Distance.Kilometres:0.00} km, {time}{visits}"));
            }
        }
    }

    private static void WriteWhatIf(TextWriter o, WhatIfResult whatIf)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine(string.Create(c,
            $"假设变化 / What-if: +{whatIf.Change.Add.Count} 新增 added, -{whatIf.Change.Remove.Count} 撤销 removed"));
        o.WriteLine("  阈值 threshold | 覆盖村数 covered villages (前 before → 后 after, Δ) | 覆盖人口 covered population (前 → 后, Δ)");
        foreach (var d in whatIf.Deltas)
        {
            o.WriteLine(string.Create(c,
                $"  {d.Threshold,-8} | {d.Before.CoveredVillages} → {d.After.CoveredVillages} ({d.CoveredVillages:+0;-0;0}) | {d.Before.CoveredPopulation:N0} → {d.After.CoveredPopulation:N0} ({d.CoveredPopulation:+#,0;-#,0;0})"));
        }

        o.WriteLine("  每周里程与成本的变化：用 whatif 命令（线路规划）/ the change in weekly km and cost: the whatif command (line planner)");
    }
}
