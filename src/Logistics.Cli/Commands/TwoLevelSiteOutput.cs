using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Coverage;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Siting;

namespace Logistics.Cli.Commands;

/// <summary><c>site --model two-level</c>: solves, prints, writes the map and, with <c>--what-if</c>, plans both networks.</summary>
internal static class TwoLevelSiteOutput
{
    public static int Run(TextWriter o, Scenario scenario, TwoLevelSitingRequest request, FileInfo? geoJson, PlannerOptions? whatIf, bool mip, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        TwoLevelSitingAnswer answer;
        try
        {
            answer = ScenarioTwoLevelSiting.Solve(scenario, request, cancellationToken);
        }
        catch (DataValidationException e)
        {
            o.WriteLine($"[errors] {ProblemReport.Counts(e.Errors)}");
            ProblemReport.WriteAll(o, e.Errors);
            return 1;
        }

        var r = answer.Result;
        o.WriteLine($"情景 / Scenario: {scenario.Name}");
        o.WriteLine(string.Create(c,
            $"模型 / Model: two-level {request.Objective}; 服务中心 / centres k = {request.Centres}; 网点 / outlets m = {request.Outlets}; 阈值 / threshold {request.Threshold}; 网点—中心上限 / max outlet–centre {(request.MaxOutletCentreKm is { } km ? km.ToString("0.#", c) + " km" : "-")}"));
        o.WriteLine(string.Create(c,
            $"候选 / Candidates: 服务中心 / centres {answer.CentreSites.Count(SitingCandidates.IsCentre)} (+{answer.CentreSites.Count(s => s.Tier == SiteTier.TownshipStation)} existing), 网点 / outlets {answer.Problem.Facilities.Count(SitingCandidates.IsOutlet)} (+{answer.Problem.Facilities.Count(s => !SitingCandidates.IsOutlet(s))} existing); 行政村 / villages {answer.Problem.Demands.Count}"));
        o.WriteLine(string.Create(c, $"状态 / Status: {r.Status}"));
        if (r.Infeasibility is { } why)
        {
            o.WriteLine($"  不可行 / Infeasible: {why.Code}: {why.Message}");
        }

        o.WriteLine(string.Create(c, $"网点目标 / Outlet objective: {(r.Value?.ToString("N0", c) ?? "-")}; 界 / bound {(r.Bound?.ToString("N0", c) ?? "-")}; 差距 / gap {(r.Gap is { } g ? (g * 100).ToString("0.000", c) + " %" : "-")}"));
        o.WriteLine(string.Create(c, $"中心目标 / Centre objective (served population × m): {(r.CentreValue?.ToString("N0", c) ?? "-")}; 界 / bound {(r.CentreBound?.ToString("N0", c) ?? "-")}; 差距 / gap {(r.CentreGap is { } cg ? (cg * 100).ToString("0.000", c) + " %" : "-")}"));
        o.WriteLine(string.Create(c, $"用时 / Time: {r.Elapsed.TotalSeconds:0.00} s (最优解于 / best at {r.TimeToBest.TotalSeconds:0.00} s; 中心分支节点 / centre nodes {r.Nodes}; 网点求解 / outlet solves {r.OutletSolves})"));
        if (answer.CoveredAfter is { } after)
        {
            double Share(long? x) => x is { } v && answer.TotalPopulation > 0 ? v * 100.0 / answer.TotalPopulation : 0;
            o.WriteLine(string.Create(c,
                $"覆盖人口 / Covered population within {request.Threshold}: 现有 / existing only {Share(answer.CoveredExisting):0.0} %, 全部开设 / every candidate open {Share(answer.CoveredAll):0.0} %, 选址后 / chosen {Share(after):0.0} % ({after:N0} of {answer.TotalPopulation:N0})"));
        }

        if (mip)
        {
            var m = Spatial.OrTools.MipSitingSolver.Solve(answer.TwoLevel, request.Solver.TimeLimit);
            bool valid = r.Bound is not { } ob || m.Value is not { } mv || (request.Objective == SitingObjective.MaximalCovering ? ob >= mv : ob <= mv);
            o.WriteLine(string.Create(c,
                $"MIP (OR-Tools SCIP): {m.SolverStatus}; 网点目标 / outlet objective {(m.Value?.ToString("N0", c) ?? "-")}; 界 / bound {(m.Bound?.ToString("N0", c) ?? "-")}; 用时 / time {m.Elapsed.TotalSeconds:0.00} s; 同一最优 / same optimum: {(m.Value == r.Value ? "yes" : "no")}; 我方界有效 / our bound valid: {(valid ? "yes" : "no")}"));
        }

        var chosenCentres = answer.ChosenCentres;
        o.WriteLine(string.Create(c, $"选中服务中心 / Chosen centres: {chosenCentres.Count}"));
        foreach (var s in chosenCentres)
        {
            int outlets = answer.CentreOf.Count(p => p.Value.Id == s.Id);
            o.WriteLine(string.Create(c, $"  {s.Id} {s.Name} ({s.Location.Lon:F5}, {s.Location.Lat:F5}) 网点 / outlets {outlets}"));
        }

        o.WriteLine(string.Create(c, $"选中村级网点 / Chosen outlets: {answer.ChosenOutlets.Count}"));
        int uncovered = Enumerable.Range(0, answer.Problem.Demands.Count).Count(i => !answer.IsCovered(i));
        o.WriteLine(string.Create(c, $"未覆盖行政村 / Uncovered villages: {uncovered}"));
        if (geoJson is not null && r.Value is not null)
        {
            geoJson.Directory?.Create();
            new Spatial.GeoJson.GeoJsonWriter(decimals: 6).WriteFile(geoJson.FullName, new TwoLevelSitingMap(new GeometryServices()).Build(answer));
            o.WriteLine($"地图 / Map: {geoJson.FullName}");
        }

        if (r.Value is null)
        {
            return 1;
        }

        if (whatIf is null)
        {
            return 0;
        }

        o.WriteLine();
        var w = TwoLevelWhatIf.Run(scenario, answer, whatIf, null, cancellationToken);
        o.WriteLine("规划对比 / Planned: 全部乡镇与行政村 / every township and village → 选址结果 / chosen sites");
        Row(o, "站 / stations", w.Before.SitesOf(SiteTier.TownshipStation).Count(), w.After.SitesOf(SiteTier.TownshipStation).Count(), "0");
        Row(o, "网点 / outlets", w.Before.SitesOf(SiteTier.VillageOutlet).Count(), w.After.SitesOf(SiteTier.VillageOutlet).Count(), "0");
        Row(o, "周里程 / weekly km", w.PlanBefore.WeeklyKm, w.PlanAfter.WeeklyKm, "N0");
        Row(o, "周成本 / weekly cost (yuan)", w.PlanBefore.WeeklyCost, w.PlanAfter.WeeklyCost, "N0");
        Row(o, "车辆 / vehicles", w.PlanBefore.Vehicles, w.PlanAfter.Vehicles, "0");
        Row(o, "线路 / lines", w.PlanBefore.Lines, w.PlanAfter.Lines, "0");
        Row(o, "承运货量 / demand carried (kg/week)", w.CarriedKgBefore, w.CarriedKgAfter, "N0");
        Row(o, "总货量 / all demand (kg/week)", w.DemandKgBefore, w.DemandKgAfter, "N0");
        Row(o, "未排站点 / unplanned sites", w.PlanBefore.Unplanned.Count, w.PlanAfter.Unplanned.Count, "0");
        foreach (var (name, plan) in new[] { ("before", w.PlanBefore), ("after", w.PlanAfter) })
        {
            foreach (var reason in plan.Unplanned.GroupBy(u => u.Code).OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                o.WriteLine($"  未排 / unplanned {name}: {reason.Key} × {reason.Count()} ({reason.First().Chinese} / {reason.First().English})");
            }
        }

        o.WriteLine($"校验 / Verify: before {(w.PlanBefore.Verification.IsClean ? "clean" : "violations " + w.PlanBefore.Verification.Violations.Count)}, after {(w.PlanAfter.Verification.IsClean ? "clean" : "violations " + w.PlanAfter.Verification.Violations.Count)}");
        return w.PlanBefore.IsClean && w.PlanAfter.IsClean ? 0 : 1;
    }

    private static void Row(TextWriter o, string label, double before, double after, string format) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {before.ToString(format, CultureInfo.InvariantCulture)} → {after.ToString(format, CultureInfo.InvariantCulture)} ({(after - before).ToString("+#,0.#;-#,0.#;0", CultureInfo.InvariantCulture)})"));
}
