using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Coverage;
using Logistics.Planning.Network;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Siting;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics site [scenario] --model two-level --centres K --outlets M [--objective mclp|pmedian|setcover]
/// [--max-centre-km D] [--centre-budget X] [--centre-cost C] [--geojson map.geojson] [--mip] [--what-if]</c>: which
/// township seats get a service centre and which villages an outlet (<see cref="ScenarioTwoLevelSiting"/>, candidates
/// from <c>county CODE --candidates</c>), with the what-if through the planner against every township and village open.
/// <c>logistics site [scenario] --model mclp|pmedian|setcover --p N [--threshold 3km] [--time S] [--budget X]
/// [--opening-cost C] [--seed N] [--outlets-only] [--graph graph.bin|file.osm.pbf|http://osrm] [--what-if [--mode
/// replan|scratch|both] [--plan current.json] [--visits N] [--plan-seed N] [--iterations N] [--plan-time S]]</c>:
/// chooses candidate sites for new outlets on a scenario (default: the embedded demo county) and prints them with the
/// objective, the proven bound, the gap and the coverage before and after; travel times on roads with
/// <c>--graph</c> (for a time threshold and the plans). With <c>--what-if</c> the chosen sites are opened and the
/// line planner gives the change in weekly km, cost, CO₂, vehicles and lines (<see cref="WhatIfCommand"/>). Exit code
/// 0 when a solution was found (and, with <c>--what-if</c>, every plan verifies clean), 1 otherwise (also when the
/// scenario has no candidate sites: it says so), 2 when the what-if's input is bad.
/// </summary>
public static class SiteCommand
{
    public static Command Create()
    {
        var pathArgument = CoverageCommand.ScenarioArgument();
        var modelOption = new Option<string>("--model")
        {
            Description = "mclp (maximal covering), pmedian, setcover / 选址模型",
            DefaultValueFactory = _ => "mclp",
        };
        modelOption.AcceptOnlyFromAmong("mclp", "pmedian", "setcover", "two-level");
        var centresOption = new Option<int>("--centres") { Description = "two-level: new township centres (k), e.g. 15 / 新增乡镇服务中心数" };
        var outletsOption = new Option<int>("--outlets") { Description = "two-level: new village outlets (m), e.g. 270 / 新增村级网点数" };
        var objectiveOption = new Option<string>("--objective")
        {
            Description = "two-level outlet objective: mclp (population within --threshold), pmedian (population × distance), setcover / 两级选址的网点目标",
            DefaultValueFactory = _ => "mclp",
        };
        objectiveOption.AcceptOnlyFromAmong("mclp", "pmedian", "setcover");
        var maxCentreKmOption = new Option<double?>("--max-centre-km") { Description = "two-level: maximum km from an outlet to its centre / 网点到服务中心的最大距离（公里）" };
        var centreBudgetOption = new Option<long?>("--centre-budget") { Description = "two-level: limit on the centres' opening cost / 服务中心建设预算" };
        var centreCostOption = new Option<long>("--centre-cost")
        {
            Description = "two-level: opening cost of each candidate centre / 每个候选服务中心的建设成本",
            DefaultValueFactory = _ => 1,
        };
        var mipOption = new Option<bool>("--mip") { Description = "two-level: also solve with OR-Tools' SCIP MIP as an independent check / 同时用 OR-Tools MIP 求解核对" };
        var geoJsonOption = new Option<FileInfo?>("--geojson") { Description = "two-level: write centres, outlets, assignments and uncovered villages as GeoJSON / 输出地图 GeoJSON" };
        var pOption = new Option<int?>("--p") { Description = "Number of new outlets (mclp, pmedian) / 新增网点数" };
        var thresholdOption = new Option<string>("--threshold")
        {
            Description = "Coverage threshold: 3km or 15min (mclp, setcover; for pmedian it sets metres or seconds) / 覆盖阈值",
            DefaultValueFactory = _ => "3km",
        };
        var timeOption = new Option<double>("--time")
        {
            Description = "Time limit in seconds / 求解时间上限（秒）",
            DefaultValueFactory = _ => 10,
        };
        var budgetOption = new Option<long?>("--budget") { Description = "Limit on the total opening cost / 建设预算" };
        var costOption = new Option<long>("--opening-cost")
        {
            Description = "Opening cost of each candidate site / 每个候选点的建设成本",
            DefaultValueFactory = _ => 1,
        };
        var seedOption = new Option<int>("--seed")
        {
            Description = "Random seed / 随机种子",
            DefaultValueFactory = _ => new SitingOptions().Seed,
        };
        var outletsOnlyOption = CoverageCommand.OutletsOnlyOption();
        var whatIfOption = new Option<bool>("--what-if")
        {
            Description = "Open the chosen sites and plan the lines: change in weekly km and cost / 用线路规划评估选址结果",
        };
        var planning = new WhatIfCommand.PlanningOptions();
        var command = new Command("site", "Choose candidate sites for new outlets / 新增网点选址")
        {
            pathArgument,
            modelOption,
            pOption,
            thresholdOption,
            timeOption,
            budgetOption,
            costOption,
            seedOption,
            outletsOnlyOption,
            whatIfOption,
            centresOption,
            outletsOption,
            objectiveOption,
            maxCentreKmOption,
            centreBudgetOption,
            centreCostOption,
            geoJsonOption,
            mipOption,
        };
        planning.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var scenario = CoverageCommand.LoadScenario(output, parse.GetValue(pathArgument));
            var thresholds = CoverageCommand.ParseThresholds(output, [parse.GetValue(thresholdOption) ?? string.Empty]);
            if (scenario is null || thresholds is null)
            {
                return Task.FromResult(1);
            }

            if (thresholds.Count != 1)
            {
                output.WriteLine("error: 选址只用一个阈值 / siting takes one --threshold");
                return Task.FromResult(1);
            }

            double seconds = parse.GetValue(timeOption);
            if (!double.IsFinite(seconds) || seconds <= 0)
            {
                output.WriteLine("error: --time 必须为正数 / must be a positive number of seconds");
                return Task.FromResult(1);
            }

            using var roads = planning.OpenRoads(parse, output, cancellationToken, out var failed);
            if (failed)
            {
                return Task.FromResult(1);
            }

            if (parse.GetValue(modelOption) == "two-level")
            {
                var twoLevel = new TwoLevelSitingRequest
                {
                    Objective = Objective(parse.GetValue(objectiveOption)),
                    Centres = parse.GetValue(centresOption),
                    Outlets = parse.GetValue(outletsOption),
                    Threshold = thresholds[0],
                    OutletBudget = parse.GetValue(budgetOption),
                    CentreBudget = parse.GetValue(centreBudgetOption),
                    OutletOpeningCost = parse.GetValue(costOption),
                    CentreOpeningCost = parse.GetValue(centreCostOption),
                    MaxOutletCentreKm = parse.GetValue(maxCentreKmOption),
                    TravelTimes = roads?.Provider,
                    Solver = new SitingOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = parse.GetValue(seedOption) },
                };
                return Task.FromResult(TwoLevelSiteOutput.Run(
                    output, scenario, twoLevel, parse.GetValue(geoJsonOption), parse.GetValue(whatIfOption) ? planning.Planner(parse) : null, parse.GetValue(mipOption), cancellationToken));
            }

            if (!scenario.Sites.Any(SitingCandidates.IsOutlet))
            {
                output.WriteLine("error: 情景中没有候选网点（tier=candidate），无可选址 / the scenario has no candidate sites (tier candidate), so there is nothing to choose; import with `county <code> --candidates` or add candidate sites");
                return Task.FromResult(1);
            }

            var request = new ScenarioSitingRequest
            {
                Model = Objective(parse.GetValue(modelOption)),
                NewOutlets = parse.GetValue(pOption),
                Threshold = thresholds[0],
                Budget = parse.GetValue(budgetOption),
                OpeningCost = parse.GetValue(costOption),
                StationsAreOutlets = !parse.GetValue(outletsOnlyOption),
                TravelTimes = roads?.Provider,
                Solver = new SitingOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = parse.GetValue(seedOption) },
            };
            try
            {
                var result = ScenarioSiting.Solve(scenario, request, null, cancellationToken);
                Write(output, scenario, request, result);
                if (result.Result.Value is null)
                {
                    return Task.FromResult(1);
                }

                if (!parse.GetValue(whatIfOption))
                {
                    return Task.FromResult(0);
                }

                output.WriteLine();
                if (result.Chosen.Count == 0)
                {
                    output.WriteLine("假设 / What-if: 没有新增网点，线路不变 / no new outlet, the lines stay as they are");
                    return Task.FromResult(0);
                }

                var change = new OutletChange { Add = result.Chosen.Select(s => s.Id).ToList() };
                return Task.FromResult(planning.Run(parse, output, scenario, change, request.CoverageOptions, roads?.Provider, cancellationToken));
            }
            catch (DataValidationException e)
            {
                output.WriteLine($"[errors] {ProblemReport.Counts(e.Errors)}");
                ProblemReport.WriteAll(output, e.Errors);
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static SitingObjective Objective(string? name) => SitingObjectiveNames.Parse(name) ?? SitingObjective.MaximalCovering;

    private static void Write(TextWriter o, Scenario scenario, ScenarioSitingRequest request, ScenarioSitingResult answer)
    {
        var c = CultureInfo.InvariantCulture;
        var problem = answer.Problem.Problem;
        var r = answer.Result;
        string unit = answer.Problem.Measure == CoverageThresholdKind.Distance ? "m" : "s";
        string meaning = problem.Objective switch
        {
            SitingObjective.MaximalCovering => $"覆盖人口 / covered population within {request.Threshold}",
            SitingObjective.PMedian => $"人口 × 距离 / population × {(unit == "m" ? "metres" : "seconds")} to the nearest outlet",
            _ => "新增网点数 / new outlets needed to cover every village",
        };
        int existing = Enumerable.Range(0, problem.CandidateCount).Count(problem.IsExisting);
        o.WriteLine($"情景 / Scenario: {scenario.Name}");
        o.WriteLine(string.Create(c,
            $"模型 / Model: {problem.Objective}; 新增 / p = {(problem.FacilityCount?.ToString(c) ?? "-")}; 阈值 / threshold {request.Threshold}; 预算 / budget {(problem.Budget?.ToString(c) ?? "-")}"));
        o.WriteLine(string.Create(c,
            $"行政村 / Villages: {problem.DemandCount}; 现有网点 / existing outlets: {existing}; 候选点 / candidates: {problem.CandidateCount - existing}"));
        o.WriteLine($"目标 / Objective: {meaning}");
        o.WriteLine(string.Create(c, $"状态 / Status: {r.Status}"));
        if (r.Infeasibility is { } why)
        {
            o.WriteLine($"  不可行 / Infeasible: {why}");
        }

        o.WriteLine(string.Create(c, $"选址前 / Before (existing only): {(answer.ValueBefore?.ToString("N0", c) ?? "-")}"));
        o.WriteLine(string.Create(c, $"选址后 / After: {(r.Value?.ToString("N0", c) ?? "-")}"));
        o.WriteLine(string.Create(c, $"界 / Bound: {(r.Bound?.ToString("N0", c) ?? "-")}"));
        o.WriteLine(string.Create(c, $"差距 / Gap: {(r.Gap is { } g ? (g * 100).ToString("0.000", c) + " %" : "-")}"));
        o.WriteLine(string.Create(c,
            $"用时 / Time: {r.Elapsed.TotalSeconds:0.00} s (最优解于 / best at {r.TimeToBest.TotalSeconds:0.00} s; 节点 / nodes {r.Nodes}, 迭代 / iterations {r.Iterations})"));
        if (answer.Coverage is { } d)
        {
            o.WriteLine(string.Create(c,
                $"覆盖 / Coverage {d.Threshold}: 村 / villages {d.Before.CoveredVillages} → {d.After.CoveredVillages} of {d.After.Villages} ({d.Before.ShareByCount * 100:0.0} % → {d.After.ShareByCount * 100:0.0} %), 人口 / population {d.Before.CoveredPopulation:N0} → {d.After.CoveredPopulation:N0} ({d.Before.ShareByPopulation * 100:0.0} % → {d.After.ShareByPopulation * 100:0.0} %)"));
        }

        var stations = scenario.SitesOf(SiteTier.TownshipStation)
            .GroupBy(s => s.TownshipCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        o.WriteLine(string.Create(c, $"选中候选点 / Chosen sites: {answer.Chosen.Count}"));
        foreach (var s in answer.Chosen)
        {
            o.WriteLine(string.Create(c,
                $"  {s.Id} {s.Name} 乡镇 / township {s.TownshipCode} {stations.GetValueOrDefault(s.TownshipCode, string.Empty)} ({s.Location.Lon:F5}, {s.Location.Lat:F5})"));
        }
    }
}
