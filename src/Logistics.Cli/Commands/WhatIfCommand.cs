using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;
using Logistics.Spatial.Travel;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics whatif [scenario] --add ID,… --remove ID,… [--mode replan|scratch|both] [--plan current.json]
/// [--visits N] [--move-demand] [--threshold 3km …] [--graph graph.bin|file.osm.pbf|http://osrm] [--seed N]
/// [--iterations N] [--time S] [--outlets-only]</c>: opens and closes outlets and prints the change in coverage and,
/// through the line planner, in weekly km, cost, CO₂, vehicles and lines — re-planning only the touched townships of
/// the current plan, from scratch, or both — with the sites left unserved and whether every plan verifies clean
/// (<see cref="WhatIfPlanning"/>). Without a scenario path the embedded demo county is used. Exit code 0 when every
/// plan verifies clean and serves every site, 1 otherwise, 2 on bad input.
/// </summary>
public static class WhatIfCommand
{
    private const int MaxViolationsShown = 10;

    public static Command Create()
    {
        var pathArgument = CoverageCommand.ScenarioArgument();
        var addOption = new Option<string[]>("--add") { Description = "Open an outlet at this candidate site or village (ids, comma-separated or repeated) / 新增网点" };
        var removeOption = new Option<string[]>("--remove") { Description = "Close this village outlet (ids) / 撤销网点" };
        var thresholdOption = new Option<string[]>("--threshold")
        {
            Description = "Coverage threshold, repeatable: 3km, 15min / 覆盖阈值",
            DefaultValueFactory = _ => ["3km", "15min"],
        };
        var outletsOnlyOption = CoverageCommand.OutletsOnlyOption();
        var planning = new PlanningOptions();
        var command = new Command("whatif", "Add or close outlets: change in coverage, weekly km and cost / 网点增减的覆盖与里程成本变化")
        {
            pathArgument, addOption, removeOption, thresholdOption, outletsOnlyOption,
        };
        planning.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var scenario = CoverageCommand.LoadScenario(output, parse.GetValue(pathArgument));
            var thresholds = CoverageCommand.ParseThresholds(output, parse.GetValue(thresholdOption) ?? []);
            if (scenario is null || thresholds is null)
            {
                return Task.FromResult(2);
            }

            var change = new OutletChange { Add = Ids(parse.GetValue(addOption)), Remove = Ids(parse.GetValue(removeOption)) };
            if (change.IsEmpty)
            {
                output.WriteLine("error: 请用 --add 或 --remove 给出变化 / give the change with --add or --remove");
                return Task.FromResult(2);
            }

            var coverage = new CoverageOptions { Thresholds = thresholds, StationsAreOutlets = !parse.GetValue(outletsOnlyOption) };
            using var roads = planning.OpenRoads(parse, output, cancellationToken, out var failed);
            return Task.FromResult(failed ? 2 : planning.Run(parse, output, scenario, change, coverage, roads?.Provider, cancellationToken));
        });
        return command;
    }

    private static List<SiteId> Ids(string[]? texts) =>
        (texts ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => new SiteId(t))
            .ToList();

    /// <summary>The planning options shared by <c>whatif</c> and <c>site --what-if</c>, and the run that reads them.</summary>
    internal sealed class PlanningOptions
    {
        public Option<string> Mode { get; } = new("--mode")
        {
            Description = "replan (lock the lines of untouched townships), scratch (plan both from scratch), both / 规划方式",
            DefaultValueFactory = _ => "both",
        };

        public Option<string?> Plan { get; } = new("--plan")
        {
            Description = "The current plan (logistics-plan/1 JSON) re-plan mode starts from; default: planned from scratch / 现行线路方案",
        };

        public Option<int?> Visits { get; } = new("--visits")
        {
            Description = "Visits a week at each added outlet (default: its nearest outlet's) / 新增网点每周频次",
        };

        public Option<bool> MoveDemand { get; } = new("--move-demand")
        {
            Description = "A closed outlet's goods go to the nearest remaining outlet (default: it stays at the village and a line calls there, like any site with demand and no outlet) / 撤销网点的货量转给最近网点（默认：货量留在本村，由线路上门运送）",
        };

        public Option<bool> ReplanTrunks { get; } = new("--replan-trunks")
        {
            Description = "Re-plan mode: re-plan every trunk line too, keep only the untouched townships' feeders / 重新规划全部干线",
        };

        public Option<string?> Graph { get; } = new("--graph", "--roads")
        {
            Description = "Travel times on roads: graph file from 'roads build', an OSM file, or an OSRM URL / 路网文件或OSRM服务地址",
        };

        public Option<double?> AccessSpeed { get; } = new("--access-speed")
        {
            Description = "Add each site's straight leg to its road at this speed, km/h (graph only) / 站点到道路的接驳速度",
        };

        public Option<int> PlanSeed { get; } = new("--plan-seed")
        {
            Description = "Seed of every plan (the same for all) / 线路规划随机种子",
            DefaultValueFactory = _ => PlannerOptions.Default.Seed,
        };

        public Option<int> Iterations { get; } = new("--iterations")
        {
            Description = "Routing iterations per feeder group (fewer: faster) / 每组路线的迭代次数",
            DefaultValueFactory = _ => PlannerOptions.Default.RoutingIterations,
        };

        public Option<double> PlanTime { get; } = new("--plan-time")
        {
            Description = "Time budget of each plan, seconds / 每个方案的计算时间（秒）",
            DefaultValueFactory = _ => PlannerOptions.Default.TimeLimit.TotalSeconds,
        };

        public void AddTo(Command command)
        {
            Mode.AcceptOnlyFromAmong("replan", "scratch", "both");
            foreach (var option in new Option[] { Mode, Plan, Visits, MoveDemand, ReplanTrunks, Graph, AccessSpeed, PlanSeed, Iterations, PlanTime })
            {
                command.Options.Add(option);
            }
        }

        /// <summary>The road provider of <c>--graph</c> (null without one); <paramref name="failed"/> after printing why it could not be opened.</summary>
        public RoadsCommand.OpenedProvider? OpenRoads(ParseResult parse, TextWriter output, CancellationToken cancellationToken, out bool failed)
        {
            failed = false;
            if (parse.GetValue(Graph) is not { } graph)
            {
                return null;
            }

            try
            {
                return RoadsCommand.OpenProvider(graph, parse.GetValue(AccessSpeed), cancellationToken);
            }
            catch (Exception e) when (e is DataValidationException or IOException or HttpRequestException or UriFormatException)
            {
                failed = true;
                if (e is DataValidationException d)
                {
                    output.WriteLine($"[errors] {graph}: {ProblemReport.Counts(d.Errors)}");
                    ProblemReport.WriteAll(output, d.Errors);
                }
                else
                {
                    output.WriteLine($"[errors] {graph}: {e.Message}");
                }

                return null;
            }
        }

        /// <summary>Runs the what-if and prints it; the exit code (0 clean, 1 not clean, 2 bad input).</summary>
        /// <summary>The planner options these settings give (seed, iterations, time limit; no baseline).</summary>
        public PlannerOptions Planner(ParseResult parse) => PlannerOptions.Default with
        {
            ComputeBaseline = false,
            Seed = parse.GetValue(PlanSeed),
            RoutingIterations = parse.GetValue(Iterations),
            TimeLimit = TimeSpan.FromSeconds(parse.GetValue(PlanTime)),
        };

        public int Run(
            ParseResult parse, TextWriter output, Scenario scenario, OutletChange change, CoverageOptions coverage, ITravelTimeProvider? roads, CancellationToken cancellationToken)
        {
            var seconds = parse.GetValue(PlanTime);
            if (!(seconds > 0) || !double.IsFinite(seconds))
            {
                output.WriteLine("error: --plan-time 须为正数（秒）/ must be a positive number of seconds");
                return 2;
            }

            if (parse.GetValue(Iterations) < 1)
            {
                output.WriteLine("error: --iterations 至少为 1 / must be at least 1");
                return 2;
            }

            try
            {
                LinePlan? current = parse.GetValue(Plan) is { } planPath ? LinePlanJson.Read(planPath) : null;
                ITravelTimes? travel = null;
                if (roads is not null)
                {
                    var matrix = new TravelTimesFactory(roads, coverage.SnapWarningMetres).TravelTimesFor(scenario, cancellationToken);
                    if (matrix is MatrixTravelTimes m && m.Warnings.Count > 0)
                    {
                        output.WriteLine($"[warnings] {ProblemReport.Counts(m.Warnings)}");
                        ProblemReport.WriteAll(output, m.Warnings);
                    }

                    travel = matrix;
                    coverage = coverage with { TravelTimes = roads };
                }

                var options = new WhatIfPlanningOptions
                {
                    Coverage = coverage,
                    Planner = Planner(parse),
                    Modes = parse.GetValue(Mode) switch
                    {
                        "replan" => [WhatIfPlanMode.Replan],
                        "scratch" => [WhatIfPlanMode.FromScratch],
                        _ => [WhatIfPlanMode.Replan, WhatIfPlanMode.FromScratch],
                    },
                    CurrentPlan = current,
                    AddedVisitsPerWeek = parse.GetValue(Visits),
                    ReplanAllTrunks = parse.GetValue(ReplanTrunks),
                    RemovedDemand = parse.GetValue(MoveDemand) ? RemovedOutletDemand.MovedToNearestOutlet : RemovedOutletDemand.StaysAtVillage,
                    TravelTimes = travel,
                };
                WhatIfPlanningResult result;
                using (var progress = WorkProgress.Start("假设分析 what-if"))
                {
                    result = WhatIfPlanning.Run(scenario, change, options, progress.WhatIf(options.Planner.TimeLimit, options.Modes.Count + 1), cancellationToken);
                }

                Write(output, result, roads);
                return result.Plans.All(p => p.BothClean) ? 0 : 1;
            }
            catch (DataValidationException e)
            {
                output.WriteLine($"[errors] {ProblemReport.Counts(e.Errors)}");
                ProblemReport.WriteAll(output, e.Errors);
                return 2;
            }
            catch (HttpRequestException e)
            {
                output.WriteLine($"[errors] {e.Message}");
                return 2;
            }
            catch (IOException e)
            {
                output.WriteLine($"[errors] {e.Message}");
                return 2;
            }
        }
    }

    /// <summary>Prints a planning what-if: the change, the coverage delta, and per mode the plans before and after.</summary>
    internal static void Write(TextWriter o, WhatIfPlanningResult result, ITravelTimeProvider? roads)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"情景 / Scenario: {result.Before.Name}");
        o.WriteLine($"车程 / Travel: {(roads is null ? "直线估算 / straight line × circuity" : roads.Description)}");
        o.WriteLine(string.Create(c, $"假设变化 / What-if: +{result.Added.Count} 新增 added, -{result.Closed.Count} 撤销 closed"));
        foreach (var a in result.Added)
        {
            o.WriteLine(string.Create(c,
                $"  + {a.Site.Id} {a.Site.Name} ({a.Site.TownshipCode}): 每周 {a.Site.RequiredVisitsPerWeek} 次/visits, 服务 {a.Villages.Count} 村/villages (人口/pop {a.Population:N0}{(a.ScaledVillages > 0 ? $", {a.ScaledVillages} 按人口折算/scaled" : string.Empty)}), 货量/goods {a.WeeklyDownKg:0} kg 下行/down + {a.WeeklyUpKg:0} kg 上行/up 每周/week; 参照/reference {a.Reference.Id} {a.Reference.Name}"));
        }

        foreach (var x in result.Closed)
        {
            o.WriteLine(x.DemandMovedTo is { } to
                ? $"  - {x.Site.Id} {x.Site.Name} ({x.Site.TownshipCode}): 货量转至/goods to {to.Id} {to.Name}"
                : $"  - {x.Site.Id} {x.Site.Name} ({x.Site.TownshipCode}): 货量不再运送/goods no longer carried");
        }

        if (result.Warnings.Count > 0)
        {
            o.WriteLine($"[warnings] {ProblemReport.Counts(result.Warnings)}");
            ProblemReport.WriteAll(o, result.Warnings);
        }

        o.WriteLine();
        o.WriteLine("覆盖变化 / Coverage: 阈值 threshold | 覆盖村数 covered villages (前 before → 后 after) | 覆盖人口 covered population");
        foreach (var d in result.Coverage.Deltas)
        {
            o.WriteLine(string.Create(c,
                $"  {d.Threshold,-8} | {d.Before.CoveredVillages} → {d.After.CoveredVillages} of {d.After.Villages} ({d.CoveredVillages:+0;-0;0}) | {d.Before.CoveredPopulation:N0} → {d.After.CoveredPopulation:N0} ({d.CoveredPopulation:+#,0;-#,0;0}), {d.Before.ShareByPopulation * 100:0.0} % → {d.After.ShareByPopulation * 100:0.0} %"));
        }

        foreach (var p in result.Plans)
        {
            o.WriteLine();
            o.WriteLine(p.Mode == WhatIfPlanMode.Replan
                ? string.Create(c, $"重新规划受影响乡镇 / Re-plan the touched townships ({string.Join(", ", p.AffectedTownships)}; 站/stations {string.Join(", ", p.AffectedStations)}): {p.LockedLines} 条线路锁定 / lines locked; 前 before = {(p.Before.Planned ? "从头规划 / planned from scratch" : "现行方案 / the given current plan")}")
                : "从头规划前后两个情景 / Both scenarios planned from scratch (same seed)");
            o.WriteLine("  指标 figure            | 前 before     | 后 after      | 变化 change");
            Row(o, "每周里程 km/week", p.Before.WeeklyKm, p.After.WeeklyKm, "0.0");
            Row(o, "每周成本 CNY/week", p.Before.WeeklyCost, p.After.WeeklyCost, "0");
            Row(o, "  其中变动 variable", p.Before.Kpis.Totals.VariableCost, p.After.Kpis.Totals.VariableCost, "0");
            Row(o, "每周CO₂ kg/week", p.Before.WeeklyCo2Kg, p.After.WeeklyCo2Kg, "0.0");
            Row(o, "车辆 vehicles", p.Before.Vehicles, p.After.Vehicles, "0");
            Row(o, "线路 lines", p.Before.Lines, p.After.Lines, "0");
            foreach (var (label, plan) in new[] { ("前 before", p.Before), ("后 after", p.After) })
            {
                var verdict = plan.Verification.IsClean
                    ? "核验通过 / verifies clean"
                    : string.Create(c, $"核验未通过 / {plan.Verification.Violations.Count} violation(s): ") + string.Join(", ",
                        plan.Verification.Violations.GroupBy(v => v.Code).Select(g => string.Create(c, $"{g.Key} × {g.Count()}")));
                o.WriteLine(string.Create(c, $"  {label}: {verdict}; 未服务 / unserved {plan.Unplanned.Count}{(plan.Planned ? $"; {plan.Elapsed.TotalSeconds:0.0} s" : string.Empty)}"));
                foreach (var v in plan.Verification.Violations.Take(MaxViolationsShown))
                {
                    o.WriteLine($"    {v}");
                }

                if (plan.Verification.Violations.Count > MaxViolationsShown)
                {
                    o.WriteLine(string.Create(c, $"    … 另有 {plan.Verification.Violations.Count - MaxViolationsShown} 条 / {plan.Verification.Violations.Count - MaxViolationsShown} more"));
                }

                foreach (var u in plan.Unplanned)
                {
                    o.WriteLine($"    未服务 / unserved {u.Site.Value} {u.SiteName}: [{u.Code}] {u.Chinese} / {u.English}");
                }
            }
        }
    }

    private static void Row(TextWriter o, string label, double before, double after, string format)
    {
        var c = CultureInfo.InvariantCulture;
        var delta = after - before;
        o.WriteLine(string.Create(c,
            $"  {label,-21} | {before.ToString(format, c),13} | {after.ToString(format, c),13} | {(delta >= 0 ? "+" : string.Empty)}{delta.ToString(format, c)}"));
    }
}
