using System.CommandLine;
using System.Globalization;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Verification;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics kpi &lt;plan.json&gt; --scenario &lt;scenario&gt; [--lines]</c>: the plan's key figures for a week
/// (<see cref="PlanKpiCalculator"/>, straight-line travel × circuity as <c>verify</c> uses): km, vehicle-hours, vehicles
/// used, cost, CO₂, load factors, demand carried (t/week and % of the county's total, down and up, with the sites
/// left behind), running cost per tonne carried, light one-station trunks and visit shares, in total and per kind of line; <c>--lines</c> adds one row per line.
/// Exit code 0, or 2 when the plan or scenario cannot be read or do not fit together.
/// </summary>
public static class KpiCommand
{
    public static Command Create()
    {
        var planArgument = new Argument<string>("plan") { Description = "Plan file (logistics-plan/1 JSON) / 线路方案文件" };
        var scenarioOption = VerifyCommand.ScenarioOption();
        var linesOption = new Option<bool>("--lines") { Description = "Also print each line's figures / 同时输出每条线路的指标" };
        var command = new Command("kpi", "Key figures of a line plan / 线路方案指标")
        {
            planArgument,
            scenarioOption,
            linesOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!VerifyCommand.TryLoad(output, parse.GetValue(planArgument)!, parse.GetValue(scenarioOption)!, out var plan, out var scenario))
            {
                return 2;
            }

            PlanKpis k;
            try
            {
                k = PlanKpiCalculator.Compute(plan, scenario, new StraightLineTravelTimes(scenario));
            }
            catch (ArgumentException ex)
            {
                output.WriteLine($"cannot compute the figures: {ex.Message} / 无法计算指标");
                return 2;
            }

            if (plan.ScenarioHash != ScenarioFingerprint.Of(scenario))
            {
                output.WriteLine($"warning: the plan was made for another version of the scenario ('{plan.ScenarioName}') / 方案与情景版本不符");
            }

            var c = CultureInfo.InvariantCulture;
            var kinds = Enum.GetValues<LineKind>().Where(kind => k.ByKind[kind].Runs > 0).ToArray();
            output.WriteLine(string.Create(c, $"{"指标 / KPI",-44} {"合计 total",12}") + string.Concat(kinds.Select(kind => string.Create(c, $" {LineKindNames.Chinese(kind) + " " + LineKindNames.Code(kind),12}"))));
            void Row(KpiLabel label, Func<KpiFigures, double> value, string format) =>
                output.WriteLine(string.Create(c, $"{label.Bilingual,-44} {value(k.Totals).ToString(format, c),12}")
                    + string.Concat(kinds.Select(kind => " " + value(k.ByKind[kind]).ToString(format, c).PadLeft(12))));
            Row(KpiLabels.Runs, f => f.Runs, "0");
            Row(KpiLabels.Km, f => f.Km, "0.0");
            Row(KpiLabels.VehicleHours, f => f.VehicleHours, "0.0");
            Row(KpiLabels.Cost, f => f.Cost, "0.00");
            Row(KpiLabels.FixedCost, f => f.FixedCost, "0.00");
            Row(KpiLabels.Co2, f => f.Co2Kg, "0.0");
            Row(KpiLabels.LoadFactorKg, f => f.LoadFactorKg * 100, "0.0");
            Row(KpiLabels.LoadFactorM3, f => f.LoadFactorM3 * 100, "0.0");
            Row(KpiLabels.PeakLoadKg, f => f.PeakLoadFactorKg * 100, "0.0");
            Row(KpiLabels.PeakLoadM3, f => f.PeakLoadFactorM3 * 100, "0.0");

            DemandReport.Write(output, k.Demand);
            output.WriteLine(string.Create(c, $"{KpiLabels.CostPerTonne.Bilingual}: {k.RunningCostPerTonne:0.00}"));
            output.WriteLine(string.Create(c, $"{KpiLabels.LightTrunks.Bilingual}: {k.LightOneStationTrunks}/{k.TrunkLines}"));
            output.WriteLine(string.Create(c, $"{KpiLabels.VehiclesUsed.Bilingual}: {k.VehiclesUsed}"));
            foreach (var v in k.Vehicles.Where(v => v.Used > 0))
            {
                output.WriteLine(string.Create(c, $"  {v.Type.Value} {v.Name}: {v.Used}/{v.Count}, {v.VehicleDays} 车日 vehicle-days, 固定 fixed {v.FixedCostPerWeek:0.00}"));
            }

            output.WriteLine(KpiLabels.VisitShare.Bilingual + ":");
            foreach (var s in k.VisitShares)
            {
                output.WriteLine(string.Create(c, $"  {s.Chinese} / {s.English}: {s.Outlets}/{s.Total} = {s.Share * 100:0.0}%"));
            }

            if (parse.GetValue(linesOption))
            {
                output.WriteLine("线路 line | 类型 kind | 车型 vehicle | 班期 days | 单程 km/trip | 周里程 km/week | 周成本 cost/week | 实载率 load factor %");
                foreach (var l in k.ByLine)
                {
                    output.WriteLine(string.Create(c,
                        $"{l.LineId} | {LineKindNames.Chinese(l.Kind)} | {l.VehicleType?.Value ?? "bus"} | {l.ServiceDays.ToChinese()} | {l.TripKm:0.0} | {l.Figures.Km:0.0} | {l.Figures.Cost:0.00} | {l.Figures.LoadFactorKg * 100:0.0}"));
                }
            }

            return 0;
        });
        return command;
    }
}
