using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Cli.Commands.Routing;
using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Planner;
using Logistics.Planning.Timetables;
using Logistics.Planning.Verification;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics plan &lt;scenario&gt; [--time S] [--seed N] [--engine hgs|ortools] [--out DIR] [--previous plan.json]</c>: designs the fixed
/// lines of a scenario with <see cref="LinePlanner"/>, verifies them, prints lines, figures, the demand carried (down
/// and up, t/week and % of the county's total), unserved sites and the price of consistency, and writes <c>plan.json</c>, <c>timetable.csv</c>, <c>timetable.xlsx</c> and
/// <c>lines.geojson</c> (line shapes, along the roads with <c>--graph</c>) to DIR.
/// Exit code 0 when the plan verifies clean and every site is served, 1 otherwise, 2 on bad input.
/// </summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "Scenario JSON or scenario directory / 情景文件或目录" };
        var timeOption = new Option<double>("--time") { Description = "Time budget in seconds / 计算时间（秒）", DefaultValueFactory = _ => 60 };
        var seedOption = new Option<int>("--seed") { Description = "Random seed / 随机种子", DefaultValueFactory = _ => 1 };
        var outOption = new Option<string?>("--out") { Description = "Folder for plan.json and the timetables / 输出目录" };
        var previousOption = new Option<string?>("--previous") { Description = "Published plan whose locked and co-modal lines stay unchanged / 已发布方案（锁定线路保持不变）" };
        var noBaselineOption = new Option<bool>("--no-baseline") { Description = "Skip the daily-routes baseline / 不计算逐日路线基准" };
        var engineOption = EngineOption.Create();
        var graphOption = new Option<string?>("--graph") { Description = "Road graph from 'roads build' for road travel times and line shapes / 路网文件（按道路计算行驶时间）" };
        var command = new Command("plan", "Design fixed lines and timetables / 设计定时定点定线线路")
        {
            scenarioArgument, timeOption, seedOption, outOption, previousOption, noBaselineOption, graphOption, engineOption, ScenarioLoading.Strict(),
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var c = CultureInfo.InvariantCulture;
            var scenarioPath = parse.GetValue(scenarioArgument)!;
            if (!ScenarioLoading.TryRead(output, scenarioPath, parse.GetValue<bool>("--strict"), out var scenario))
            {
                return 2;
            }

            var seconds = parse.GetValue(timeOption);
            if (!(seconds > 0) || !double.IsFinite(seconds))
            {
                output.WriteLine("--time must be a positive number of seconds / --time 须为正数（秒）");
                return 2;
            }

            LinePlan? previous = null;
            if (parse.GetValue(previousOption) is string previousPath)
            {
                try
                {
                    previous = LinePlanJson.Read(previousPath);
                }
                catch (DataValidationException ex)
                {
                    output.WriteLine($"[errors] {previousPath}: {ProblemReport.Counts(ex.Errors)}");
                    ProblemReport.WriteAll(output, ex.Errors);
                    return 2;
                }
            }

            var options = PlannerOptions.Default with
            {
                TimeLimit = TimeSpan.FromSeconds(seconds),
                Seed = parse.GetValue(seedOption),
                Previous = previous,
                ComputeBaseline = !parse.GetValue(noBaselineOption),
                Engine = EngineOption.Engine(parse.GetValue(engineOption)!),
            };
            TravelTimesFactory travel;
            ITravelTimes travelTimes;
            try
            {
                travel = new TravelTimesFactory(new TravelSettings { RoadGraphPath = parse.GetValue(graphOption) });
                travelTimes = travel.TravelTimesFor(scenario);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or DataValidationException or UnauthorizedAccessException)
            {
                output.WriteLine($"[errors] {parse.GetValue(graphOption)}: {ex.Message}");
                return 2;
            }

            if (travelTimes is MatrixTravelTimes matrix)
            {
                output.WriteLine($"行驶时间 / travel times: {matrix.Description}");
                foreach (var w in matrix.Warnings)
                {
                    output.WriteLine($"[warning] {w}");
                }
            }

            PlanResult result;
            using (var progress = WorkProgress.Start("规划 plan"))
            {
                result = LinePlanner.Plan(scenario, options, travelTimes, progress.Planner(options.TimeLimit));
            }

            var plan = result.Plan;
            foreach (var line in plan.Lines)
            {
                output.WriteLine(string.Create(c, $"{line.Id,-16} {LineKindNames.Chinese(line.Kind)} {line.VehicleLabel ?? "-",-22} {line.ServiceDays.ToChinese(),-12} {line.Departure:HH\\:mm}–{line.Return:HH\\:mm} {line.Stops.Count,2} 站{(line.Locked ? " 锁定" : string.Empty)}"));
            }

            output.WriteLine();
            foreach (var kind in plan.Lines.GroupBy(l => l.Kind).OrderBy(g => g.Key))
            {
                output.WriteLine(string.Create(c, $"{LineKindNames.Chinese(kind.Key)} / {kind.Key}: {kind.Count()} lines"));
            }

            output.WriteLine(string.Create(c, $"每周里程 / km per week: {result.WeeklyKm:0.0}"));
            output.WriteLine(string.Create(c, $"每周运行成本 / running cost per week: {result.WeeklyCost:0.00} CNY"));
            if (result.Consistency is { } price)
            {
                output.WriteLine(string.Create(c, $"逐日独立路线基准 / daily-routes baseline: {price.BaselineKm:0.0} km, {price.BaselineCost:0.00} CNY"));
                output.WriteLine(string.Create(c, $"定线代价 / price of consistency: {price.ExtraKm:+0.0;-0.0} km, {price.ExtraCost:+0.00;-0.00} CNY ({price.ExtraCostShare:+0.0%;-0.0%})"));
                output.WriteLine(string.Create(c, $"  干线 / trunks: {price.FixedTrunkKm:0.0} km vs {price.BaselineTrunkKm:0.0} km; 支线与直达 / feeders and direct: {price.FixedKm - price.FixedTrunkKm:0.0} km vs {price.BaselineKm - price.BaselineTrunkKm:0.0} km"));
            }

            foreach (var f in result.Fleet.Where(f => !f.Enough || f.HomeDepot == scenario.Hub?.Id))
            {
                output.WriteLine((f.Enough ? "车辆 / vehicles: " : "[车辆不足 / short of vehicles] ") + f);
            }

            DemandReport.Write(output, result.Demand);
            if (result.Demand.CarriedTonnes > 0)
            {
                output.WriteLine(string.Create(c, $"每吨运行成本 / running cost per tonne carried (down + up): {result.WeeklyCost / result.Demand.CarriedTonnes:0.00} CNY/t"));
            }

            foreach (var u in result.Unplanned)
            {
                output.WriteLine($"未服务 / unserved {u.Site.Value} {u.SiteName}: [{u.Code}] {u.Chinese} / {u.English}");
            }

            foreach (var v in result.Verification.Violations)
            {
                output.WriteLine(v.ToString());
            }

            output.WriteLine(result.Verification.IsClean
                ? string.Create(c, $"核验通过 / plan verifies clean: {plan.Lines.Count} lines, {result.Elapsed.TotalSeconds:0.0} s")
                : string.Create(c, $"核验未通过 / plan has {result.Verification.Violations.Count} violation(s): ") + string.Join(", ",
                    result.Verification.Violations.GroupBy(v => v.Code).Select(g => string.Create(c, $"{g.Key} × {g.Count()}"))));
            if (parse.GetValue(outOption) is string dir)
            {
                Directory.CreateDirectory(dir);
                LinePlanJson.Write(plan, Path.Combine(dir, "plan.json"));
                TimetableCsv.Write(plan, scenario, Path.Combine(dir, "timetable.csv"));
                TimetableXlsx.Write(plan, scenario, Path.Combine(dir, "timetable.xlsx"));
                var geometry = new GeometryServices();
                var shapes = LineGeometry.Build(plan, scenario, travel.ProviderFor(scenario));
                new GeoJsonWriter(decimals: 6).WriteFile(Path.Combine(dir, "lines.geojson"), new GeoJsonFeatureCollection(shapes.Select(x => x.ToFeature(geometry))));
                output.WriteLine($"已写出 / written: {Path.Combine(dir, "plan.json")}, timetable.csv, timetable.xlsx, lines.geojson");
            }

            return result.Verification.IsClean && result.Unplanned.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
